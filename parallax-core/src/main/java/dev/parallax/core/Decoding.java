package dev.parallax.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns input bytes into text leniently: strict UTF-8 when the bytes are UTF-8, else windows-1252
 * (the usual culprit for mis-saved news text), telling the caller so it can report the fallback.
 * One decoding for every reader and for the page extractor. Stateless and thread-safe.
 */
public final class Decoding {
  /** The reason every reader records when it falls back. */
  public static final String FALLBACK_REASON = "not valid UTF-8; read as windows-1252";

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_SNIFF_BYTES = 4096;

  private Decoding() {}

  /**
   * Text decoded from bytes, and the 1-based line (counting from the start of the bytes) of the
   * first byte that was not UTF-8, or 0 when no fallback was needed.
   */
  public record Decoded(String text, long badLine) {
    public boolean fellBack() {
      return badLine > 0;
    }
  }

  /** Decodes one line: UTF-8, or windows-1252 when it is not valid UTF-8 (then badLine is 1). */
  public static Decoded line(byte[] bytes) {
    int offset = startsWithBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String utf8 = strictUtf8(in, bytes.length);
    if (utf8 != null) {
      return new Decoded(utf8, 0);
    }
    return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), 1);
  }

  /**
   * Decodes a whole document: in {@code declaredCharset} when it names a supported charset other
   * than UTF-8, else UTF-8 when valid, else the charset an HTML {@code <meta>} declares near the
   * start, else windows-1252 (reported by a non-zero badLine).
   */
  public static Decoded document(byte[] bytes, String declaredCharset) {
    Charset declared = charsetOrNull(declaredCharset);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, declared), 0);
    }
    int offset = startsWithBom(bytes) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String utf8 = strictUtf8(in, bytes.length);
    if (utf8 != null) {
      return new Decoded(utf8, 0);
    }
    long badLine = 1;
    for (int i = 0; i < in.position(); i++) {
      if (bytes[i] == '\n') {
        badLine++;
      }
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, META_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      Charset meta = charsetOrNull(m.group(1));
      if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
        return new Decoded(new String(bytes, meta), 0);
      }
    }
    return new Decoded(new String(bytes, offset, bytes.length - offset, WINDOWS_1252), badLine);
  }

  /**
   * {@code in} decoded as strict UTF-8, or null when it is not valid UTF-8 ({@code in} is then
   * positioned at the first bad byte).
   */
  private static String strictUtf8(ByteBuffer in, int maxChars) {
    CharBuffer out = CharBuffer.allocate(maxChars);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      return null;
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWithBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
  }

  private static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
