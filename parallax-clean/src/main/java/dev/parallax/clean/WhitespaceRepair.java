package dev.parallax.clean;

import java.util.Objects;

/**
 * Normalizes whitespace. Every run of whitespace becomes its canonical form: nothing at the start
 * and end of the text, one blank line ({@code \n\n}) where the run held two or more line breaks,
 * one line feed where it held one, else one space. Line breaks are LF, CRLF, CR, U+0085 and U+2028
 * (U+2029, a paragraph separator, counts as two); spaces are tab, form feed, vertical tab and every
 * Unicode space separator (no-break space, thin space, ideographic space…). So lines come out
 * trimmed, paragraphs separated by one blank line, the text trimmed.
 *
 * <p>{@link #singleLine()} makes every run one space, for titles.
 *
 * <p>Counts one repair per run changed. Immutable and thread-safe; linear time.
 */
public final class WhitespaceRepair implements TextRepair {
  public static final String KIND = "whitespace";

  private static final WhitespaceRepair PARAGRAPHS = new WhitespaceRepair(false);
  private static final WhitespaceRepair SINGLE_LINE = new WhitespaceRepair(true);

  private final boolean singleLine;

  private WhitespaceRepair(boolean singleLine) {
    this.singleLine = singleLine;
  }

  /** Keeps line breaks and paragraphs (one blank line between them): for article text. */
  public static WhitespaceRepair paragraphs() {
    return PARAGRAPHS;
  }

  /** Collapses all whitespace, line breaks included, to single spaces: for titles. */
  public static WhitespaceRepair singleLine() {
    return SINGLE_LINE;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isWhitespace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int runStart = i;
      int lineBreaks = 0;
      while (i < n && isWhitespace(text.charAt(i))) {
        char w = text.charAt(i);
        if (w == '\r') {
          lineBreaks++;
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
        } else if (w == '\u2029') {
          lineBreaks += 2;
        } else if (isLineBreak(w)) {
          lineBreaks++;
        }
        i++;
      }
      String canonical =
          runStart == 0 || i == n
              ? ""
              : singleLine || lineBreaks == 0 ? " " : lineBreaks == 1 ? "\n" : "\n\n";
      if (canonical.length() != i - runStart
          || !text.regionMatches(runStart, canonical, 0, canonical.length())) {
        count++;
      }
      out.append(canonical);
    }
    return count == 0 ? Repaired.unchanged(text) : new Repaired(out.toString(), count);
  }

  @Override
  public String toString() {
    return singleLine ? KIND + "(single-line)" : KIND;
  }

  static boolean isWhitespace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\f'
        || c == '\u000B'
        || isLineBreak(c)
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
