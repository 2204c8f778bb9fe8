package dev.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

  @Test
  void utf8IsReadAsSuchAndABomIsDropped() {
    byte[] utf8 = "Zürich café".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);

    assertThat(Decoding.document(withBom, null)).isEqualTo(new Decoding.Decoded("Zürich café", 0));
    assertThat(Decoding.line(withBom)).isEqualTo(new Decoding.Decoded("Zürich café", 0));
  }

  @Test
  void notUtf8FallsBackToWindows1252NamingTheFirstBadLine() {
    byte[] bytes =
        "line one\nline two\n\u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));

    Decoding.Decoded decoded = Decoding.document(bytes, null);

    assertThat(decoded.text()).isEqualTo("line one\nline two\n\u201cquoted\u201d");
    assertThat(decoded.badLine()).isEqualTo(3);
    assertThat(decoded.fellBack()).isTrue();
    assertThat(Decoding.line("caf\u00e9".getBytes(LATIN_1)).badLine()).isEqualTo(1);
  }

  @Test
  void aPageDeclaringItsCharsetIsReadInItAndADeclaredCharsetWins() {
    String page =
        "<html><head><meta charset=\"iso-8859-7\"></head><body>\u0391\u03b8\u03ae\u03bd\u03b1</body>";
    byte[] greek = page.getBytes(Charset.forName("iso-8859-7"));

    assertThat(Decoding.document(greek, null)).isEqualTo(new Decoding.Decoded(page, 0));
    byte[] latin = "caf\u00e9".getBytes(LATIN_1);
    assertThat(Decoding.document(latin, "ISO-8859-1"))
        .isEqualTo(new Decoding.Decoded("caf\u00e9", 0));
    assertThat(Decoding.document(latin, "no-such-charset").badLine()).isEqualTo(1);
  }
}
