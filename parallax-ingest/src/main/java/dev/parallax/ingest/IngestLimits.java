package dev.parallax.ingest;

/**
 * The bounds that keep ingest's memory independent of its input.
 *
 * @param maxLineBytes the longest line, in bytes, a line format (JSONL, text) accepts; a longer
 *     JSONL line is skipped as a problem without being held in memory. Default 8 MiB; between 1 and
 *     1 GiB.
 * @param maxFileBytes the largest input, in bytes after decompression, a whole-input format (text,
 *     HTML, feeds, one WARC record's body) accepts; larger ones are skipped as a problem. Default
 *     64 MiB; between 1 and 1 GiB.
 */
public record IngestLimits(int maxLineBytes, int maxFileBytes) {
  public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
  public static final int DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

  /** The upper bound of both limits: a Java array, and a sane single record, stay below it. */
  public static final int MAX_BYTES = 1024 * 1024 * 1024;

  public IngestLimits {
    check("maxLineBytes", maxLineBytes);
    check("maxFileBytes", maxFileBytes);
  }

  public static IngestLimits defaults() {
    return new IngestLimits(DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_FILE_BYTES);
  }

  public IngestLimits withMaxLineBytes(int value) {
    return new IngestLimits(value, maxFileBytes);
  }

  public IngestLimits withMaxFileBytes(int value) {
    return new IngestLimits(maxLineBytes, value);
  }

  private static void check(String name, int value) {
    if (value < 1 || value > MAX_BYTES) {
      throw new IllegalArgumentException(
          name + " must be between 1 and " + MAX_BYTES + " bytes: " + value);
    }
  }
}
