package dev.parallax.clean;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Makes mojibake for tests, the way a browser or scraper does. */
final class Mojibake {
  private Mojibake() {}

  /** {@code text}'s UTF-8 bytes read as windows-1252, its five undefined bytes as Latin-1. */
  static String of(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CharsetDecoder cp1252 =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u < 0x80 || u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
        out.append((char) u);
      } else {
        try {
          out.append(cp1252.decode(ByteBuffer.wrap(new byte[] {b})));
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new IllegalStateException("windows-1252 should decode byte " + u, e);
        }
      }
    }
    return out.toString();
  }
}
