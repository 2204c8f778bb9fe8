package dev.parallax.analyze.nlp;

import java.util.Arrays;
import java.util.Set;

/**
 * A deterministic rule tokenizer that reproduces the token boundaries of OpenNLP's English UD-EWT
 * tokenizer model ({@code opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin}) without evaluating it at every
 * char, which made that model the largest single cost of article analysis.
 *
 * <p>The rules follow what the model does, not the UD guidelines where the two differ: clitics stay
 * on their word ({@code didn't}, {@code Sudan's}), dashes written against a word stay on it, and a
 * hyphen between two words is a token of its own unless the first word is a prefix such as {@code
 * anti} or {@code co}. Punctuation and quotes are split off; a final period stays on abbreviations
 * ({@code Mr.}, {@code Calif.}), single capitals ({@code J.}) and capital initialisms ({@code
 * U.S.}); numbers keep their thousands separators, decimals and times. Tuned on the 982 ECB+
 * article texts and the two specimen articles: {@code TokenizerAgreement} (test sources) reports
 * the agreement with the model.
 *
 * <p>Stateless and thread-safe.
 */
final class RuleTokenizer {
  /** Words whose final period the model keeps (case matters: "No." but "no ."). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Ms", "Dr", "Gov", "Lt", "Capt", "Rev", "St", "Jr", "Inc", "Corp", "Ltd", "No",
          "vs", "Jan", "Feb", "Sept", "Oct", "Nov", "Dec");

  /** Single capitals whose final period the model keeps ("J." but "A ."). */
  private static final String INITIALS = "EJKLNPSUW";

  /** First parts of hyphenated words that the model keeps on the word ("anti-piracy"). */
  private static final Set<String> HYPHEN_PREFIXES =
      Set.of(
          "anti", "co", "e", "re", "pre", "post", "non", "multi", "sub", "cyber", "ultra", "cross",
          "inter", "mid", "semi");

  private RuleTokenizer() {}

  /**
   * Tokenizes {@code text[from, to)}.
   *
   * @return the tokens' offsets into {@code text}, two per token: start of token {@code i} at
   *     {@code 2 * i}, its end at {@code 2 * i + 1}
   */
  static int[] tokenize(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IllegalArgumentException(
          "bad range [" + from + ", " + to + ") of a text of length " + text.length());
    }
    int[] out = new int[16];
    int n = 0;
    boolean[] cuts = new boolean[to - from + 1];
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !isSpace(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        continue;
      }
      markCuts(text, start, i, cuts, from);
      int tokenStart = start;
      for (int p = start + 1; p <= i; p++) {
        if (p == i || cuts[p - from]) {
          if (n + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[n++] = tokenStart;
          out[n++] = p;
          tokenStart = p;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Marks in {@code cuts} (indexed from {@code base}) the boundaries inside one chunk. */
  private static void markCuts(String s, int a, int b, boolean[] cuts, int base) {
    Arrays.fill(cuts, a - base, b - base + 1, false);
    if (b - a < 2) {
      return;
    }
    if (isPunctuationOnly(s, a, b)) {
      for (int p = a + 1; p < b; p++) {
        if (s.charAt(p) != s.charAt(p - 1) && !bothStops(s.charAt(p - 1), s.charAt(p))) {
          cuts[p - base] = true;
        }
      }
      return;
    }
    // Openers: quotes, brackets and currency signs split off the front, one char each.
    while (b - a > 1 && isOpener(s, a, b)) {
      a++;
      cuts[a - base] = true;
    }
    // Closers: quotes, brackets and punctuation split off the back.
    boolean beforeComma = false;
    while (b - a > 1) {
      // "p.m.," and "Calif.," keep their period when a comma follows it.
      int keep = beforeComma && s.charAt(b - 1) == '.' ? b : closerStart(s, a, b);
      if (keep == b) {
        break;
      }
      beforeComma = s.charAt(keep) == ',';
      cuts[keep - base] = true;
      b = keep;
    }
    markInside(s, a, b, cuts, base);
  }

  private static boolean isOpener(String s, int a, int b) {
    char c = s.charAt(a);
    char next = s.charAt(a + 1);
    return switch (c) {
      case '"', '“', '‘', '(', '[', '{', '`', '«' -> true;
      case '\'' -> Character.isLetter(next);
      case '$', '#' -> Character.isDigit(next);
      case '@' -> Character.isUpperCase(next);
      default -> false;
    };
  }

  /** Where the last token of {@code s[a, b)} starts if it is a closer, else {@code b}. */
  private static int closerStart(String s, int a, int b) {
    char c = s.charAt(b - 1);
    char before = s.charAt(b - 2);
    switch (c) {
      case '.' -> {
        if (before == '.') {
          int r = b - 1;
          while (r > a && s.charAt(r - 1) == '.') {
            r--;
          }
          return r == a ? b : r;
        }
        return keepsFinalPeriod(s, a, b - 1) ? b : b - 1;
      }
      case '?', '!' -> {
        int r = b - 1;
        while (r > a && (s.charAt(r - 1) == '?' || s.charAt(r - 1) == '!')) {
          r--;
        }
        return r == a ? b : r;
      }
      case '"', '”', ')', ']', '}', ',', ';', ':', '%', '…', '»' -> {
        return b - 1;
      }
      case '\'' -> {
        // "Jeffs'" is a plural possessive; after anything else the apostrophe closes a quote.
        return before == 's' || before == 'S' ? b : b - 1;
      }
      case '’' -> {
        return Character.isLetter(before) ? b : b - 1;
      }
      default -> {
        return b;
      }
    }
  }

  private static boolean keepsFinalPeriod(String s, int a, int b) {
    int length = b - a;
    if (length == 1) {
      return INITIALS.indexOf(s.charAt(a)) >= 0;
    }
    if (ABBREVIATIONS.contains(s.substring(a, b))) {
      return true;
    }
    // Capital initialisms: U.S, N.F.C, J.J
    if (length % 2 == 1) {
      for (int p = a; p < b; p++) {
        char c = s.charAt(p);
        boolean ok = (p - a) % 2 == 0 ? Character.isUpperCase(c) : c == '.';
        if (!ok) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** Marks the cuts inside a chunk whose openers and closers are split off. */
  private static void markInside(String s, int a, int b, boolean[] cuts, int base) {
    int wordStart = a;
    for (int p = a; p < b; p++) {
      char c = s.charAt(p);
      switch (c) {
        case '-' -> {
          int r = p;
          while (r < b && s.charAt(r) == '-') {
            r++;
          }
          boolean single = r == p + 1 && p > a && r < b;
          boolean prefix =
              single
                  && HYPHEN_PREFIXES.contains(
                      s.substring(wordStart, p).toLowerCase(java.util.Locale.ROOT));
          // Scores and ranges ("7-0", "2008-09") stay one token.
          boolean range = single && isNumber(s, wordStart, p) && isNumber(s, r, numberEnd(s, r, b));
          if (!prefix && !range) {
            cut(cuts, base, a, b, p);
            cut(cuts, base, a, b, r);
          }
          p = r - 1;
          wordStart = r;
        }
        case '"', '“', '”', '(', ')', '[', ']', '{', '}', ';', '…' -> {
          cut(cuts, base, a, b, p);
          cut(cuts, base, a, b, p + 1);
          wordStart = p + 1;
        }
        case '?', '!' -> {
          if (p == a || !bothStops(s.charAt(p - 1), c)) {
            cut(cuts, base, a, b, p);
          }
          if (p + 1 < b && !bothStops(c, s.charAt(p + 1))) {
            cut(cuts, base, a, b, p + 1);
          }
        }
        case ':' -> {
          boolean time =
              p > a
                  && p + 1 < b
                  && Character.isDigit(s.charAt(p - 1))
                  && Character.isDigit(s.charAt(p + 1));
          if (!time) {
            cut(cuts, base, a, b, p);
            cut(cuts, base, a, b, p + 1);
            wordStart = p + 1;
          }
        }
        case '$' -> {
          if (p + 1 < b && Character.isDigit(s.charAt(p + 1))) {
            cut(cuts, base, a, b, p + 1);
          }
        }
        case '%' -> {
          if (p > a && Character.isDigit(s.charAt(p - 1))) {
            cut(cuts, base, a, b, p);
            cut(cuts, base, a, b, p + 1);
          }
        }
        default -> {}
      }
    }
  }

  private static boolean isNumber(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int p = from; p < to; p++) {
      if (!Character.isDigit(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** End of the run of digits at {@code from}, or {@code from} if the run is not a whole word. */
  private static int numberEnd(String s, int from, int to) {
    int p = from;
    while (p < to && Character.isDigit(s.charAt(p))) {
      p++;
    }
    return p == to || !Character.isLetterOrDigit(s.charAt(p)) && s.charAt(p) != '-' ? p : from;
  }

  private static void cut(boolean[] cuts, int base, int a, int b, int p) {
    if (p > a && p < b) {
      cuts[p - base] = true;
    }
  }

  /** Whitespace as OpenNLP's whitespace tokenizer sees it: also no-break and other spaces. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean bothStops(char left, char right) {
    return (left == '?' || left == '!') && (right == '?' || right == '!');
  }

  private static boolean isPunctuationOnly(String s, int a, int b) {
    for (int p = a; p < b; p++) {
      if (Character.isLetterOrDigit(s.charAt(p))) {
        return false;
      }
    }
    return true;
  }
}
