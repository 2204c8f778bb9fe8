package dev.parallax.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than
 * {@code maxLineBytes} of one line: a longer line is skipped as it streams past and reported as too
 * long, so a 50 MB line costs no more memory than the limit. Not thread-safe; one per stream.
 */
public final class BoundedLineReader {
  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private byte[] line = new byte[256];
  private int lineLength;
  private long lineNumber;

  public BoundedLineReader(InputStream in, int maxLineBytes) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxLineBytes = BoundedBytes.requireLimit("maxLineBytes", maxLineBytes);
  }

  /**
   * One line: its 1-based number, its bytes without the line break (null when too long), its
   * length.
   */
  public record Line(long number, byte[] bytes, long lengthBytes) {
    public boolean tooLong() {
      return bytes == null;
    }
  }

  /** The next line, or null at the end of the stream. */
  public Line next() throws IOException {
    lineLength = 0;
    long total = 0;
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (position >= limit) {
        int n = in.read(buffer);
        if (n < 0) {
          if (!sawAny) {
            return null;
          }
          break;
        }
        position = 0;
        limit = n;
        continue;
      }
      sawAny = true;
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      int chunk = end - position;
      total += chunk;
      if (!tooLong) {
        if (total > maxLineBytes) {
          tooLong = true;
          lineLength = 0;
        } else {
          append(position, chunk);
        }
      }
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    lineNumber++;
    if (tooLong) {
      return new Line(lineNumber, null, total);
    }
    int length = lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    return new Line(lineNumber, Arrays.copyOf(line, length), total);
  }

  private void append(int from, int count) {
    if (lineLength + count > line.length) {
      int wanted = Math.max(lineLength + count, Math.min(maxLineBytes, line.length * 2));
      line = Arrays.copyOf(line, wanted);
    }
    System.arraycopy(buffer, from, line, lineLength, count);
    lineLength += count;
  }
}
