package dev.parallax.clean;

import java.util.Objects;

/**
 * Removes characters that show nothing and only get in the way of matching: zero-width space,
 * joiners and word joiner (U+200B–U+200D, U+2060–U+2064), byte-order mark U+FEFF, soft hyphen
 * U+00AD, bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), and the C0
 * and C1 controls.
 *
 * <p>Kept: tab, line feed, carriage return, form feed, vertical tab and U+0085 (whitespace, which
 * {@link WhitespaceRepair} normalizes); and a zero-width joiner or non-joiner between two
 * non-ASCII, non-space characters, where it shapes Persian or Indic words and emoji sequences.
 *
 * <p>Counts one repair per character removed. Immutable and thread-safe; linear time.
 */
public final class InvisibleCharRepair implements TextRepair {
  public static final String KIND = "invisible-char";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    int first = 0;
    while (first < n && !isRemovable(text.charAt(first)) && !isJoiner(text.charAt(first))) {
      first++;
    }
    if (first == n) {
      return Repaired.unchanged(text);
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, first);
    int count = 0;
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (isRemovable(c) || (isJoiner(c) && !joinsScript(out, text, i))) {
        count++;
      } else {
        out.append(c);
      }
    }
    return count == 0 ? Repaired.unchanged(text) : new Repaired(out.toString(), count);
  }

  @Override
  public String toString() {
    return KIND;
  }

  /** Whether {@code c} is always removed. */
  static boolean isRemovable(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\u000B';
    }
    if (c < 0x7F) {
      return false;
    }
    if (c <= 0x9F) {
      return c != '\u0085';
    }
    return c == '\u00AD'
        || c == '\u061C'
        || c == '\u180E'
        || c == '\u200B'
        || c == '\u200E'
        || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF';
  }

  private static boolean isJoiner(char c) {
    return c == '\u200C' || c == '\u200D';
  }

  /**
   * Whether the joiner at text[i] stands between two non-ASCII, non-space characters, looking past
   * characters that will be removed so that the answer is the same on a second pass.
   */
  private static boolean joinsScript(StringBuilder out, String text, int i) {
    if (out.length() == 0 || !isScriptChar(out.charAt(out.length() - 1))) {
      return false;
    }
    int j = i + 1;
    while (j < text.length() && isRemovable(text.charAt(j))) {
      j++;
    }
    return j < text.length() && isScriptChar(text.charAt(j));
  }

  private static boolean isScriptChar(char c) {
    return c >= 0x80 && !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }
}
