package dev.parallax.ingest.internal;

import java.util.Locale;

/** The input formats ingest reads, told apart by file name. */
public enum InputFormat {
  TEXT,
  JSON_LINES,
  HTML,
  FEED,
  WARC;

  /** The message for a file of no known format. */
  public static final String UNSUPPORTED_REASON =
      "unsupported file type; expected .txt, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml,"
          + " .warc or .warc.gz (any of them may also be .gz)";

  /**
   * A file's format and whether ingest must gunzip it first; null when its name says no format.
   * {@code .warc.gz} is not gunzipped: the WARC reader takes gzipped archives record by record.
   */
  public record Detected(InputFormat format, boolean gzipped) {}

  public static Detected detect(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      return new Detected(WARC, false);
    }
    boolean gzipped = name.endsWith(".gz");
    String inner = gzipped ? name.substring(0, name.length() - 3) : name;
    InputFormat format = byExtension(inner);
    return format == null ? null : new Detected(format, gzipped);
  }

  private static InputFormat byExtension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    switch (name.substring(dot + 1)) {
      case "txt":
        return TEXT;
      case "jsonl":
      case "ndjson":
        return JSON_LINES;
      case "html":
      case "htm":
        return HTML;
      case "rss":
      case "atom":
      case "xml":
        return FEED;
      case "warc":
        return WARC;
      default:
        return null;
    }
  }
}
