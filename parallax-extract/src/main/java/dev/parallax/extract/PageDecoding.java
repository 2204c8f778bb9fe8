package dev.parallax.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved page's bytes: UTF-8 when they are valid UTF-8 (a BOM is dropped), else the
 * charset a {@code <meta>} near the start declares, else windows-1252. Stateless and thread-safe.
 */
public final class PageDecoding {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoding() {}

  /** The text of a page saved as {@code bytes}. */
  public static String decode(byte[] bytes) {
    int offset =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      // Not UTF-8: the page's own declaration, else the usual culprit.
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        return new String(bytes, Charset.forName(m.group(1)));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // an unknown name: fall through
      }
    }
    return new String(bytes, Charset.forName("windows-1252"));
  }
}
