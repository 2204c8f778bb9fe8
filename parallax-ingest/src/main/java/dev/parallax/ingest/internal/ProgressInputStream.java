package dev.parallax.ingest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Passes bytes through and tells a listener how many were consumed as they are consumed, for a
 * progress bar over raw (on-disk) bytes. Not thread-safe.
 */
public final class ProgressInputStream extends FilterInputStream {
  private final LongConsumer bytesRead;
  private long consumed;

  public ProgressInputStream(InputStream in, LongConsumer bytesRead) {
    super(in);
    this.bytesRead = bytesRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      count(skipped);
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** The bytes consumed so far. */
  public long consumed() {
    return consumed;
  }

  private void count(long n) {
    consumed += n;
    bytesRead.accept(n);
  }
}
