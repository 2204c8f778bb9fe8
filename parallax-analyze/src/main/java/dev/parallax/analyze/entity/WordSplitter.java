package dev.parallax.analyze.entity;

import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.FlatTokens;
import dev.parallax.analyze.nlp.Sentence;
import dev.parallax.analyze.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the tokens of an analysed text into lines of {@link Word}s.
 *
 * <p>The UD tokenizer splits names at hyphens and full stops ("T" "-" "Mobile", "B" "." "C" ".")
 * and its sentence splitter breaks after abbreviations ("Lt." | "Gregg Hastings"), so tokens that
 * touch are merged back into words, spaced initials ("U. S.") become one word, and sentence starts
 * are decided here from the words' own punctuation, ignoring the splitter's sentences. Stateless.
 */
final class WordSplitter {
  // HARD, MERGEABLE_PUNCT, INITIALS, SINGLE_INITIAL and OPENING_QUOTE specify the char loops below
  // that run for every token and word (WordPredicatesTest checks that both agree).

  /** Tokens that never merge with a neighbour: they separate names. */
  static final Pattern HARD = Pattern.compile("[\\p{Punct}\\p{Pi}\\p{Pf}…–—]+");

  static final Pattern MERGEABLE_PUNCT = Pattern.compile("[-.&'’`#@]+");

  /** A capitalised word glued to a lower-case one: "Paris-the", "Kabul-bound". */
  private static final Pattern LOWER_TAIL = Pattern.compile("(\\p{Lu}[\\p{L}.']*)-\\p{Ll}+");

  static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)+");
  static final Pattern SINGLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final Pattern AFFIX_SUFFIX =
      Pattern.compile(
          "-(based|born|led|backed|owned|made|bound|area|style|era|registered|flagged"
              + "|headquartered|like|related|funded|sponsored|allied|linked|controlled|run"
              + "|inspired|brokered|bred|raised|trained|affiliated|specific|wide)$");
  private static final Pattern AFFIX_PREFIX =
      Pattern.compile(
          "^(?!(al|el|ad|as|an|ar|at|az|ash|ibn|bin|abu|de|di|da|du|van|von)-)\\p{Ll}+-(?=\\p{Lu})");
  static final Pattern OPENING_QUOTE = Pattern.compile("[\"“‘'«]+");

  private final EntityLexicon lexicon;

  WordSplitter(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The words of each line of the text, in order; blank lines are left out. */
  List<List<Word>> lines(AnalyzedText analyzed) {
    String text = analyzed.text();
    List<List<Word>> lines = new ArrayList<>();
    List<Token> line = new ArrayList<>();
    Token previous = null;
    for (Sentence sentence : analyzed.sentences()) {
      for (Token t : sentence.tokens()) {
        if (previous != null && hasLineBreak(text, previous.end(), t.start())) {
          addLine(text, line, lines);
          line = new ArrayList<>();
        }
        line.add(t);
        previous = t;
      }
    }
    addLine(text, line, lines);
    return lines;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  private void addLine(String text, List<Token> tokens, List<List<Word>> lines) {
    if (!tokens.isEmpty()) {
      lines.add(markSentenceStarts(text, joinInitials(text, merge(text, tokens))));
    }
  }

  private List<Word> merge(String text, List<Token> tokens) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j + 1 < tokens.size()
          && tokens.get(j).end() == tokens.get(j + 1).start()
          && mergeable(tokens.get(j).text())
          && mergeable(tokens.get(j + 1).text())) {
        j++;
      }
      words.add(word(text, tokens.get(i).start(), tokens.get(j).end(), pos(tokens, i, j)));
      i = j + 1;
    }
    return words;
  }

  /** Whether a token may merge: not {@link #HARD}, or only {@link #MERGEABLE_PUNCT}. */
  static boolean mergeable(String token) {
    return !allHard(token) || allMergeablePunct(token);
  }

  /** {@code HARD.matcher(token).matches()} without a matcher: this runs for every token. */
  static boolean allHard(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); ) {
      int c = token.codePointAt(i);
      boolean hard =
          c < 128
              ? c > 32 && c < 127 && !Character.isLetterOrDigit(c)
              : c == '…'
                  || c == '–'
                  || c == '—'
                  || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION
                  || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION;
      if (!hard) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** {@code MERGEABLE_PUNCT.matcher(token).matches()} without a matcher. */
  static boolean allMergeablePunct(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if ("-.&'’`#@".indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String pos(List<Token> tokens, int from, int to) {
    String first = null;
    for (int k = from; k <= to; k++) {
      String tag = tokens.get(k).pos();
      if (tag.contains("PROPN")) {
        return "PROPN";
      }
      if (first == null && hasLetter(tokens.get(k).text())) {
        first = FlatTokens.basePos(tag);
      }
    }
    return first == null ? tokens.get(from).pos() : first;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word with its core: possessive, closing punctuation and "-based"-like affixes cut off. */
  Word word(String text, int from, int to, String pos) {
    String raw = text.substring(from, to);
    int s = from;
    int e = to;
    boolean handle = false;
    while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
      char c = text.charAt(s);
      handle |= c == '#' || c == '@';
      s++;
    }
    boolean possessive = false;
    boolean changed = true;
    while (changed && e > s) {
      changed = false;
      String core = text.substring(s, e);
      char last = core.charAt(core.length() - 1);
      if (core.length() > 2
          && (core.endsWith("'s") || core.endsWith("’s") || core.endsWith("`s"))) {
        e -= 2;
        possessive = true;
        changed = true;
      } else if (last == '\'' || last == '’' || last == '`') {
        possessive |= core.length() > 1 && core.charAt(core.length() - 2) == 's';
        e--;
        changed = true;
      } else if (last == '.') {
        if (!keepsFullStop(core)) {
          e--;
          changed = true;
        }
      } else if (!Character.isLetterOrDigit(last)) {
        e--;
        changed = true;
      }
      // Every affix pattern needs a hyphen: most words skip the matchers.
      if (!changed && e > s && hasHyphen(text, s, e)) {
        Matcher suffix = AFFIX_SUFFIX.matcher(text.substring(s, e));
        Matcher lowerTail = LOWER_TAIL.matcher(text.substring(s, e));
        if (suffix.find() && suffix.start() > 0) {
          e = s + suffix.start();
          changed = true;
        } else if (lowerTail.matches()) {
          e = s + lowerTail.end(1);
          changed = true;
        }
      }
    }
    if (hasHyphen(text, s, e)) {
      Matcher prefix = AFFIX_PREFIX.matcher(text.substring(s, e));
      if (prefix.find()) {
        s += prefix.end();
      }
    }
    return new Word(from, to, s, e, raw, text.substring(s, e), pos, possessive, handle, false);
  }

  private static boolean hasHyphen(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '-') {
        return true;
      }
    }
    return false;
  }

  private boolean keepsFullStop(String core) {
    return lexicon.abbreviation(core) || initials(core);
  }

  /** {@code INITIALS.matcher(s).matches()} without a matcher: "U.", "U.S.". */
  static boolean initials(String s) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) != Character.UPPERCASE_LETTER
          || i >= s.length()
          || s.charAt(i) != '.') {
        return false;
      }
      i++;
    }
    return i > 0;
  }

  /** {@code SINGLE_INITIAL.matcher(s).matches()} without a matcher: "U.". */
  static boolean singleInitial(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int c = s.codePointAt(0);
    int n = Character.charCount(c);
    return Character.getType(c) == Character.UPPERCASE_LETTER
        && s.length() == n + 1
        && s.charAt(n) == '.';
  }

  /** {@code OPENING_QUOTE} as a char test. */
  private static boolean openingQuote(char c) {
    return "\"“‘'«".indexOf(c) >= 0;
  }

  /** {@code OPENING_QUOTE.matcher(s).matches()} without a matcher. */
  static boolean openingQuotes(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!openingQuote(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "U." "S." becomes the one word "U. S."; "B." "C." becomes "B. C.". */
  private List<Word> joinInitials(String text, List<Word> words) {
    List<Word> out = new ArrayList<>(words.size());
    for (Word w : words) {
      Word last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && initials(last.core())
          && singleInitial(w.core())
          && w.rawStart() == last.rawEnd() + 1
          && text.charAt(last.rawEnd()) == ' '
          && last.rawEnd() == last.end()
          && w.rawStart() == w.start()
          && (out.size() < 2 || !continuesName(out.get(out.size() - 2), last))) {
        out.set(
            out.size() - 1,
            new Word(
                last.rawStart(),
                w.rawEnd(),
                last.start(),
                w.end(),
                text.substring(last.rawStart(), w.rawEnd()),
                text.substring(last.start(), w.end()),
                "PROPN",
                w.possessive(),
                false,
                false));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether an initial belongs to the name before it ("George W." in "George W. Bush"). */
  private static boolean continuesName(Word before, Word initial) {
    return before.upper()
        && !before.core().endsWith(".")
        && before.rawEnd() + 1 == initial.rawStart()
        && before.core().length() > 1;
  }

  /** Marks the first word of each sentence and of each quotation. */
  private List<Word> markSentenceStarts(String text, List<Word> words) {
    List<Word> out = new ArrayList<>(words.size());
    boolean expectStart = true;
    for (Word w : words) {
      String r = w.raw();
      if (!w.alphanumeric()) {
        if (r.endsWith(".") || r.endsWith("!") || r.endsWith("?") || r.equals(":")) {
          // After a colon a capital proves nothing either: "thefts: Robbers ram".
          expectStart = true;
        } else if (openingQuotes(r) && opens(text, w)) {
          expectStart = true;
        }
        out.add(w);
        continue;
      }
      boolean quoteOpened = openingQuote(r.charAt(0)) && opens(text, w);
      out.add(expectStart || quoteOpened ? w.asSentenceStart() : w);
      expectStart = endsSentence(w);
    }
    return out;
  }

  /** Whether a word that starts with a quote mark opens a quotation: a space or nothing before. */
  private static boolean opens(String text, Word quote) {
    int before = quote.rawStart() - 1;
    return before < 0 || Character.isWhitespace(text.charAt(before)) || text.charAt(before) == '(';
  }

  private boolean endsSentence(Word w) {
    String r = w.raw();
    int end = r.length();
    while (end > 0 && "\"”’')]".indexOf(r.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = r.charAt(end - 1);
    if (last == '!' || last == '?') {
      return true;
    }
    return last == '.' && !w.core().endsWith(".");
  }
}
