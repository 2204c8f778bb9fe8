package dev.parallax.clean;

import java.util.Objects;

/**
 * Repairs mojibake: UTF-8 text whose bytes were read as windows-1252 or Latin-1 ({@code â€™} for
 * {@code ’}, {@code Ã©} for {@code é}, {@code â€\u009d} for {@code ”}), once or twice over ({@code
 * Ã¢â‚¬â„¢}).
 *
 * <p>Works on runs of characters that each could have come from one byte 0x80–0xFF: re-encodes a
 * run to those bytes and, left to right, replaces each well-formed UTF-8 sequence (no overlongs, no
 * surrogates) by the character it encodes, keeping every other character as it was. So real Latin-1
 * text survives: {@code SÃO PAULO} or {@code café} hold no well-formed sequence. A decoded
 * character must be plausible: assigned, not a control (but C1), private-use or IPA letter; a
 * character of a script other than Latin must not follow a Latin letter; one of three or four bytes
 * (CJK, Indic…) must stand next to another. That keeps {@code É»}, and French {@code Liberté»} and
 * {@code à«} with no-break spaces between, as written. Runs are decoded again while that changes
 * them, to undo double mojibake. A lone {@code Â} before a space, not after a capital, is the
 * remains of a no-break space and is removed.
 *
 * <p>Counts one repair per run changed. Immutable and thread-safe; linear time.
 */
public final class MojibakeRepair implements TextRepair {
  public static final String KIND = "mojibake";

  /** Double mojibake needs two passes; a third finds nothing in practice. */
  private static final int MAX_PASSES = 4;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    if (!mayHoldMojibake(text)) {
      return Repaired.unchanged(text);
    }
    int[] runsChanged = new int[1];
    String current = decodeRuns(text, runsChanged);
    if (runsChanged[0] == 0) {
      return Repaired.unchanged(text);
    }
    int count = runsChanged[0];
    for (int pass = 1; pass < MAX_PASSES; pass++) {
      int[] again = new int[1];
      String next = decodeRuns(current, again);
      if (again[0] == 0) {
        break;
      }
      current = next;
    }
    return new Repaired(current, count);
  }

  @Override
  public String toString() {
    return KIND;
  }

  /** Every mojibake sequence starts with a UTF-8 lead byte, read as U+00C2–U+00F4. */
  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u00C2' && c <= '\u00F4') {
        return true;
      }
    }
    return false;
  }

  /** One pass: decodes each run of one-byte characters; counts the runs changed. */
  private static String decodeRuns(String text, int[] runsChanged) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (Cp1252.highByteOf(text.charAt(i)) < 0) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < n && Cp1252.highByteOf(text.charAt(runEnd)) >= 0) {
        runEnd++;
      }
      boolean changed = decodeRun(text, i, runEnd, out);
      if (out.charAt(out.length() - 1) == '\u00C2'
          && runEnd < n
          && isHorizontalSpace(text.charAt(runEnd))
          && !(out.length() >= 2 && Character.isUpperCase(out.charAt(out.length() - 2)))) {
        out.setLength(out.length() - 1);
        changed = true;
      }
      if (changed) {
        runsChanged[0]++;
      }
      i = runEnd;
    }
    return out.toString();
  }

  /**
   * A character the whitespace stage turns into a plain space: space, tab or another space
   * separator. Checking for all of them, not just ' ', keeps cleaning idempotent whatever the order
   * of the stages ("Â\t" must go now, not only after the tab became a space).
   */
  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Decodes the well-formed UTF-8 sequences in text[start, end) into out; true if any. */
  private static boolean decodeRun(String text, int start, int end, StringBuilder out) {
    boolean changed = false;
    boolean afterWide = false;
    int k = start;
    while (k < end) {
      int length = sequenceLength(text, k, end);
      int codePoint = length == 0 ? -1 : sequence(text, k, length);
      if (codePoint >= 0 && accepts(codePoint, length, out, afterWide, text, k + length, end)) {
        out.appendCodePoint(codePoint);
        afterWide = length >= 3 && !isLatinOrCommon(codePoint);
        k += length;
        changed = true;
      } else {
        out.append(text.charAt(k));
        afterWide = false;
        k++;
      }
    }
    return changed;
  }

  /**
   * Whether to take a decoded character. Latin, common (punctuation, symbols) and inherited
   * (combining marks) ones are taken; one of another script must not follow a Latin letter, which
   * keeps French {@code Liberté»} (no-break space between) from turning into a Han ideograph; and
   * one of three or four bytes (CJK, Indic…) must stand next to another, as real text in those
   * scripts does, which keeps {@code à«} (no-break space between) as it is.
   */
  private static boolean accepts(
      int codePoint,
      int length,
      StringBuilder out,
      boolean afterWide,
      String text,
      int next,
      int end) {
    if (!isPlausible(codePoint)) {
      return false;
    }
    if (isLatinOrCommon(codePoint)) {
      return true;
    }
    char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
    if (Character.isLetter(prev)
        && Character.UnicodeScript.of(prev) == Character.UnicodeScript.LATIN) {
      return false;
    }
    if (length < 3 || afterWide) {
      return true;
    }
    int nextLength = sequenceLength(text, next, end);
    if (nextLength < 3) {
      return false;
    }
    int nextCodePoint = sequence(text, next, nextLength);
    return nextCodePoint >= 0 && isPlausible(nextCodePoint) && !isLatinOrCommon(nextCodePoint);
  }

  private static boolean isLatinOrCommon(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.LATIN
        || script == Character.UnicodeScript.COMMON
        || script == Character.UnicodeScript.INHERITED;
  }

  /** The length a UTF-8 sequence at text[k] would have from its lead byte, 0 if none fits. */
  private static int sequenceLength(String text, int k, int end) {
    if (k >= end) {
      return 0;
    }
    int lead = Cp1252.highByteOf(text.charAt(k));
    int length =
        lead >= 0xC2 && lead <= 0xDF
            ? 2
            : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    return k + length > end ? 0 : length;
  }

  /** The code point of the well-formed sequence at text[k, k+length), or -1. */
  private static int sequence(String text, int k, int length) {
    int lead = Cp1252.highByteOf(text.charAt(k));
    int codePoint = lead & (0xFF >> (length + 1));
    for (int m = 1; m < length; m++) {
      int b = Cp1252.highByteOf(text.charAt(k + m));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      if (m == 1
          && ((lead == 0xE0 && b < 0xA0)
              || (lead == 0xED && b > 0x9F)
              || (lead == 0xF0 && b < 0x90)
              || (lead == 0xF4 && b > 0x8F))) {
        return -1; // overlong, surrogate, or beyond U+10FFFF
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
    }
    return codePoint;
  }

  private static boolean isPlausible(int codePoint) {
    if (codePoint >= 0x80 && codePoint <= 0x9F) {
      // A C1 control: never real text, but the middle stage of double mojibake of a byte
      // windows-1252 leaves undefined (Â + U+009D, on the way to ”).
      return true;
    }
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.UNASSIGNED
        && type != Character.SURROGATE
        && type != Character.PRIVATE_USE
        && !(codePoint >= 0x0250 && codePoint <= 0x02AF);
  }
}
