package dev.parallax.serve.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes API responses as compact UTF-8 JSON in which {@code < > & ' U+2028 U+2029} are escaped as
 * {@code \}{@code uXXXX}: the JSON means the same, but no browser can ever read markup or a script
 * end in it, whatever article text it carries. Thread-safe.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
  }

  private ApiJson() {}

  /** {@code value} as UTF-8 JSON bytes. */
  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      for (char c : new char[] {'<', '>', '&', '\''}) {
        escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            String.format(java.util.Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
