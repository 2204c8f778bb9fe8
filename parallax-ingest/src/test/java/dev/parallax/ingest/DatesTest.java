package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.internal.BoundedLineReader;
import dev.parallax.ingest.internal.Dates;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void parsesTheAcceptedForms() {
    assertThat(Dates.parse("2020-02-12")).contains(Instant.parse("2020-02-12T00:00:00Z"));
    assertThat(Dates.parse("2020-02-12T10:15")).contains(Instant.parse("2020-02-12T10:15:00Z"));
    assertThat(Dates.parse("2020-02-12T10:15:30.5Z"))
        .contains(Instant.parse("2020-02-12T10:15:30.500Z"));
    assertThat(Dates.parse("2020-02-12T10:15:30-05:00"))
        .contains(Instant.parse("2020-02-12T15:15:30Z"));
    assertThat(Dates.parse("2020-02-12T10:15:30+01:00[Europe/Paris]"))
        .contains(Instant.parse("2020-02-12T09:15:30Z"));
    assertThat(Dates.parse("2020-02-12 10:15")).contains(Instant.parse("2020-02-12T10:15:00Z"));
    assertThat(Dates.parse("2020-02-12 10:15:30")).contains(Instant.parse("2020-02-12T10:15:30Z"));
    assertThat(Dates.parse("Wed, 12 Feb 2020 10:00:00 +0100"))
        .contains(Instant.parse("2020-02-12T09:00:00Z"));
    assertThat(Dates.parse("12/02/2020")).isEmpty();
    assertThat(Dates.parse("2020-02-31")).isEmpty();
    assertThat(Dates.parse("  ")).isEmpty();
  }

  @Test
  void splitsALeadingDateFromTheRestOfALine() {
    Dates.Leading leading =
        Dates.parseLeading("2020-02-12 %MINIFYHTML1% %MINIFYHTML2%").orElseThrow();
    assertThat(leading.instant()).isEqualTo(Instant.parse("2020-02-12T00:00:00Z"));
    assertThat(leading.rest()).isEqualTo("%MINIFYHTML1% %MINIFYHTML2%");
    assertThat(Dates.parseLeading("2020-02-12 10:00 rest").orElseThrow().rest()).isEqualTo("rest");
    assertThat(Dates.parseLeading("of the meeting")).isEmpty();
  }

  /**
   * 50 MB of one line, generated as it is read, then a short line: the reader's memory stays
   * bounded.
   */
  @Test
  void lineReaderSkipsAnOverlongLineAsItStreamsPast() throws IOException {
    long longLine = 50L * 1024 * 1024;
    InputStream in =
        new InputStream() {
          long position;

          @Override
          public int read() {
            long p = position++;
            if (p < longLine) {
              return 'a';
            }
            byte[] tail = "\r\nnext\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int i = (int) (p - longLine);
            return i < tail.length ? tail[i] : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    BoundedLineReader reader = new BoundedLineReader(in, 1024);

    BoundedLineReader.Line first = reader.next();
    BoundedLineReader.Line second = reader.next();

    assertThat(first.tooLong()).isTrue();
    assertThat(first.lengthBytes()).isEqualTo(longLine + 1);
    assertThat(second.number()).isEqualTo(2);
    assertThat(new String(second.bytes(), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("next");
    assertThat(reader.next()).isNull();
  }
}
