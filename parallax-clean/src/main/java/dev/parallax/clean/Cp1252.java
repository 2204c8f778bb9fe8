package dev.parallax.clean;

/**
 * The windows-1252 code page where it differs from Latin-1 (bytes 0x80–0x9F), for decoding numeric
 * references browsers read as windows-1252 and for re-encoding mojibake. Not API.
 */
final class Cp1252 {
  /** Characters of bytes 0x80–0x9F; U+0000 marks the five bytes windows-1252 leaves undefined. */
  private static final String HIGH =
      "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D\u0000"
          + "\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u0000\u017E\u0178";

  private Cp1252() {}

  /** The character windows-1252 gives byte {@code b} (0x80–0x9F), or U+0000 if undefined. */
  static char charOfHighByte(int b) {
    return HIGH.charAt(b - 0x80);
  }

  /**
   * The byte (0x80–0xFF) that {@code c} came from when UTF-8 bytes were read as windows-1252 or
   * Latin-1, or -1 when {@code c} is ASCII or could not have come from one byte.
   */
  static int highByteOf(char c) {
    if (c < 0x80) {
      return -1;
    }
    if (c <= 0xFF) {
      return c; // Latin-1, including the C1 controls a Latin-1 reading leaves behind
    }
    int i = HIGH.indexOf(c);
    return i < 0 ? -1 : 0x80 + i;
  }
}
