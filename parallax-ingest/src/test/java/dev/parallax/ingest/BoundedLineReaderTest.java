package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.internal.BoundedLineReader;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
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
