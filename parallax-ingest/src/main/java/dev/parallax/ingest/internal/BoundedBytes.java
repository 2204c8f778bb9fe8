package dev.parallax.ingest.internal;

import java.io.IOException;
import java.io.InputStream;

/** Reads whole inputs for formats that need the whole input at once, up to a byte limit. */
public final class BoundedBytes {
  private BoundedBytes() {}

  /**
   * All of {@code in}, or null when it holds more than {@code maxBytes} (then read only so far).
   */
  public static byte[] readAtMost(InputStream in, int maxBytes) throws IOException {
    byte[] bytes = in.readNBytes(maxBytes);
    if (bytes.length == maxBytes && in.read() >= 0) {
      return null;
    }
    return bytes;
  }

  public static String tooLargeReason(long maxBytes) {
    return "file is larger than " + maxBytes + " bytes; skipped";
  }

  /** {@code value}, a byte limit named {@code name}, once checked to be at least 1. */
  public static int requireLimit(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1: " + value);
    }
    return value;
  }
}
