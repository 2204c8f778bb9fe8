package dev.parallax.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the placeholders HTML minifiers leave in scraped text, such as {@code
 * %MINIFYHTML721c8ffcaa4820f04d5125416fd5336711%}: a per cent sign, four or more upper-case
 * letters, eight or more lower-case hex digits, a per cent sign. The spaces and tabs around a
 * placeholder go with it; one space is kept when it sat between two words on the same line.
 *
 * <p>Counts one repair per placeholder. Immutable and thread-safe.
 */
public final class MinifierPlaceholderRepair implements TextRepair {
  public static final String KIND = "minifier-placeholder";

  // The two classes are disjoint and bounded by '%', so a match attempt never backtracks far.
  private static final Pattern PLACEHOLDER = Pattern.compile("%[A-Z]{4,}+[0-9a-f]{8,}+%");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('%') < 0) {
      return Repaired.unchanged(text);
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int count = 0;
    while (m.find()) {
      count++;
      out.append(text, copied, m.start());
      int afterSpaces = m.end();
      while (afterSpaces < text.length() && isBlank(text.charAt(afterSpaces))) {
        afterSpaces++;
      }
      int beforeSpaces = out.length();
      while (beforeSpaces > 0 && isBlank(out.charAt(beforeSpaces - 1))) {
        beforeSpaces--;
      }
      boolean wordBefore = beforeSpaces > 0 && out.charAt(beforeSpaces - 1) != '\n';
      boolean wordAfter =
          afterSpaces < text.length()
              && text.charAt(afterSpaces) != '\n'
              && text.charAt(afterSpaces) != '\r'
              && text.charAt(afterSpaces) != '%';
      out.setLength(beforeSpaces);
      if (wordBefore && wordAfter) {
        out.append(' ');
      }
      copied = afterSpaces;
    }
    if (count == 0) {
      return Repaired.unchanged(text);
    }
    out.append(text, copied, text.length());
    return new Repaired(out.toString(), count);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  @Override
  public String toString() {
    return KIND;
  }
}
