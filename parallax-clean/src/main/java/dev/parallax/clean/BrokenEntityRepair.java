package dev.parallax.clean;

import java.util.Objects;
import java.util.Set;

/**
 * Decodes HTML character references left in text, whole or broken by scrapers and machine
 * translators.
 *
 * <ul>
 *   <li>Named references in news use ({@code &quot; &amp; &nbsp; &rsquo; &mdash; &hellip; &eacute;}
 *       …) and numeric ones ({@code &#39; &#x27;}); numbers 128–159 are read as windows-1252, as
 *       browsers do; a number that is no character (0, a surrogate, beyond U+10FFFF) is removed.
 *   <li>Double and triple escapes ({@code &amp;quot; &amp;amp; &amp;#39;}) are decoded fully.
 *   <li>References a translator split with spaces ({@code & # 39; & #39; &# 39; & quot;}), whose
 *       {@code &} became a comma ({@code ,quot; ,#39;}), or whose {@code &} was lost ({@code quot;}
 *       not inside a word).
 * </ul>
 *
 * <p>Spaces inside and around a broken reference may be any horizontal space. A broken reference to
 * a quote mark also lost its place among the spaces, so its spacing is repaired: between a lone
 * capital and a capital it joins both ({@code O & # 39; Brien} → {@code O'Brien}); after a letter
 * and before {@code s t re ll ve d m} ending a word it joins both ({@code don & # 39; t} → {@code
 * don't}); otherwise it is a quote mark that opens (at a line start or after a space, joined to the
 * next word) or closes (joined to the previous word), telling the two apart by the quotes already
 * open on the line. A bare {@code &} ({@code AT&T}, {@code R & D}, {@code Q&A}) and unknown names
 * ({@code &foo;}) are left alone.
 *
 * <p>Counts one repair per reference decoded. Immutable and thread-safe; one pass, linear time.
 */
public final class BrokenEntityRepair implements TextRepair {
  public static final String KIND = "broken-entity";

  private static final int MAX_NAME_LENGTH = 8;
  private static final int MAX_DECIMAL_DIGITS = 7;
  private static final int MAX_HEX_DIGITS = 6;

  /** Names that may follow a spaced {@code & }: none of them is an English word. */
  private static final Set<String> SPACED_NAMES =
      Set.of(
          "quot", "amp", "apos", "nbsp", "lsquo", "rsquo", "ldquo", "rdquo", "mdash", "ndash",
          "hellip");

  /** Names that may follow a comma standing for a lost {@code &}. */
  private static final Set<String> COMMA_NAMES = Set.of("quot", "apos");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('&') < 0
        && text.indexOf("quot;") < 0
        && text.indexOf("apos;") < 0
        && text.indexOf(",#") < 0) {
      return Repaired.unchanged(text);
    }
    Scan scan = new Scan(text);
    scan.run();
    return scan.count == 0
        ? Repaired.unchanged(text)
        : new Repaired(scan.out.toString(), scan.count);
  }

  @Override
  public String toString() {
    return KIND;
  }

  /** A reference found in the text: what it stands for, where it ends, whether it was broken. */
  private record Reference(String value, int end, boolean broken) {}

  /** The state of one pass over one text. */
  private static final class Scan {
    private final String in;
    private final int n;
    private final StringBuilder out;
    private int count;
    // Whether a double or single quote mark is open on the current line, to tell a broken
    // quote with spaces on both sides whether it opens or closes.
    private boolean doubleOpen;
    private boolean singleOpen;

    Scan(String in) {
      this.in = in;
      this.n = in.length();
      this.out = new StringBuilder(n);
    }

    void run() {
      int i = 0;
      while (i < n) {
        char c = in.charAt(i);
        Reference ref = null;
        if (c == '&') {
          ref = afterAmpersand(i + 1);
        } else if (c == ',') {
          ref = afterComma(i + 1);
        } else if (c == 'q' && in.startsWith("quot;", i) && !lastOutIsWordChar()) {
          ref = new Reference("\"", i + 5, true);
        }
        if (ref == null) {
          appendTracked(String.valueOf(c), i + 1);
          i++;
        } else {
          count++;
          i = emit(ref);
        }
      }
    }

    /** A reference whose {@code &} is just before {@code start}, or null. */
    private Reference afterAmpersand(int start) {
      int j = start;
      boolean spaced = false;
      if (j < n && isSpace(in.charAt(j))) {
        j++;
        spaced = true;
      }
      Reference ref = body(j, spaced ? SPACED_NAMES : null);
      if (ref == null) {
        return null;
      }
      boolean broken = spaced || ref.broken();
      // An escaped ampersand before another reference body was escaped twice: decode on.
      while (ref.value().equals("&")) {
        Reference next = body(ref.end(), null);
        if (next == null) {
          break;
        }
        broken |= next.broken();
        ref = next;
      }
      return new Reference(ref.value(), ref.end(), broken);
    }

    private Reference afterComma(int start) {
      Reference ref = body(start, COMMA_NAMES);
      if (ref == null || ref.broken()) {
        return null;
      }
      if (!ref.value().equals("\"") && !ref.value().equals("'")) {
        return null;
      }
      return new Reference(ref.value(), ref.end(), true);
    }

    /**
     * The body of a reference ({@code name;}, {@code #39;}, {@code # 39 ;}, {@code #x27;}) starting
     * at {@code j}, or null. {@code allowedNames}, when not null, limits which names count. Numeric
     * bodies mark themselves broken when spaced.
     */
    private Reference body(int j, Set<String> allowedNames) {
      if (j >= n) {
        return null;
      }
      if (in.charAt(j) == '#') {
        return numericBody(j + 1);
      }
      int k = j;
      while (k < n && k - j <= MAX_NAME_LENGTH && isAsciiLetterOrDigit(in.charAt(k))) {
        k++;
      }
      if (k == j || k >= n || in.charAt(k) != ';' || !isAsciiLetter(in.charAt(j))) {
        return null;
      }
      String name = in.substring(j, k);
      if (allowedNames != null && !allowedNames.contains(name)) {
        return null;
      }
      String value = NamedEntities.decode(name);
      return value == null ? null : new Reference(value, k + 1, false);
    }

    private Reference numericBody(int j) {
      int k = j;
      boolean spaced = false;
      if (k < n && isSpace(in.charAt(k))) {
        k++;
        spaced = true;
      }
      boolean hex = k < n && (in.charAt(k) == 'x' || in.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      int digitsStart = k;
      int maxDigits = hex ? MAX_HEX_DIGITS : MAX_DECIMAL_DIGITS;
      while (k < n
          && k - digitsStart < maxDigits
          && Character.digit(in.charAt(k), hex ? 16 : 10) >= 0
          && in.charAt(k) < 0x80) {
        k++;
      }
      if (k == digitsStart) {
        return null;
      }
      int codePoint = Integer.parseInt(in.substring(digitsStart, k), hex ? 16 : 10);
      if (k < n && isSpace(in.charAt(k))) {
        k++;
        spaced = true;
      }
      if (k >= n || in.charAt(k) != ';') {
        return null;
      }
      return new Reference(characterOf(codePoint), k + 1, spaced);
    }

    /** Emits a decoded reference and returns where to read on. */
    private int emit(Reference ref) {
      String value = ref.value();
      boolean quote = value.equals("\"") || value.equals("'");
      if (!ref.broken() || !quote) {
        appendTracked(value, ref.end());
        return ref.end();
      }
      boolean spaceBefore = out.length() > 0 && isSpace(out.charAt(out.length() - 1));
      boolean spaceAfter = ref.end() < n && isSpace(in.charAt(ref.end()));
      int next = ref.end();
      while (next < n && isSpace(in.charAt(next))) {
        next++;
      }
      char nextChar = next < n ? in.charAt(next) : '\n';
      int prevIndex = out.length() - 1;
      while (prevIndex >= 0 && isSpace(out.charAt(prevIndex))) {
        prevIndex--;
      }
      char prevChar = prevIndex >= 0 ? out.charAt(prevIndex) : '\n';

      if (value.equals("'")
          && (isLoneCapitalBeforeCapital(prevIndex, nextChar)
              || (Character.isLetter(prevChar) && isContractionEnding(next)))) {
        out.setLength(prevIndex + 1);
        out.append('\'');
        return next;
      }
      if (!spaceBefore && !spaceAfter) {
        appendTracked(value, ref.end());
        return ref.end();
      }
      boolean closing;
      if (prevChar == '\n') {
        closing = false;
      } else if (nextChar == '\n' || nextChar == '\r' || isClosingPunctuation(nextChar)) {
        closing = true;
      } else if (!spaceBefore) {
        closing = !isOpeningContext(prevChar);
      } else if (!spaceAfter) {
        closing = false;
      } else {
        closing = value.equals("\"") ? doubleOpen : singleOpen;
      }
      if (closing) {
        out.setLength(prevIndex + 1);
        out.append(value);
        setOpen(value, false);
        return ref.end();
      }
      out.append(value);
      setOpen(value, true);
      return next;
    }

    /** Appends {@code s} (read up to {@code nextIndex}) and tracks the quotes open on the line. */
    private void appendTracked(String s, int nextIndex) {
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '\n') {
          doubleOpen = false;
          singleOpen = false;
        } else if (c == '"') {
          doubleOpen = !doubleOpen;
        } else if (c == '\'') {
          char before = out.length() == 0 ? '\n' : out.charAt(out.length() - 1);
          char after =
              k + 1 < s.length() ? s.charAt(k + 1) : nextIndex < n ? in.charAt(nextIndex) : ' ';
          if (isOpeningContext(before) || Character.isWhitespace(before)) {
            singleOpen = true;
          } else if (singleOpen && !Character.isLetter(after)) {
            singleOpen = false;
          }
        }
        out.append(c);
      }
    }

    private void setOpen(String quote, boolean open) {
      if (quote.equals("\"")) {
        doubleOpen = open;
      } else {
        singleOpen = open;
      }
    }

    private boolean lastOutIsWordChar() {
      return out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1));
    }

    /** Whether {@code out[prevIndex]} is a capital standing alone and {@code next} a capital. */
    private boolean isLoneCapitalBeforeCapital(int prevIndex, char next) {
      return prevIndex >= 0
          && Character.isUpperCase(out.charAt(prevIndex))
          && (prevIndex == 0 || !Character.isLetter(out.charAt(prevIndex - 1)))
          && Character.isUpperCase(next);
    }

    /** Whether a contraction ending (s, t, re, ll, ve, d, m) ending a word starts at {@code j}. */
    private boolean isContractionEnding(int j) {
      for (String ending : new String[] {"s", "t", "re", "ll", "ve", "d", "m"}) {
        if (in.regionMatches(true, j, ending, 0, ending.length())) {
          int end = j + ending.length();
          return end >= n || !Character.isLetter(in.charAt(end));
        }
      }
      return false;
    }
  }

  /** The text of a numeric reference, as HTML reads it; empty when it names no character. */
  static String characterOf(int codePoint) {
    if (codePoint >= 0x80 && codePoint <= 0x9F) {
      char c = Cp1252.charOfHighByte(codePoint);
      return c == 0 ? "" : String.valueOf(c);
    }
    if (codePoint == 0
        || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      return "";
    }
    return new String(Character.toChars(codePoint));
  }

  private static boolean isOpeningContext(char c) {
    return c == '('
        || c == '['
        || c == '{'
        || c == '\u201C'
        || c == '\u2018'
        || c == '\u2014'
        || c == '\u2013'
        || c == '\n';
  }

  private static boolean isClosingPunctuation(char c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'
        || c == ']' || c == '}';
  }

  /** A space inside or around a reference: space, tab, no-break space or another separator. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
