package dev.parallax.extract.eval;

import dev.parallax.core.Decoding;
import dev.parallax.extract.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A labelled extraction corpus laid out like the Zyte article-extraction benchmark: {@code
 * ground-truth.json} mapping each key to an object with {@code articleBody} (and optionally {@code
 * url}), and the page as {@code html/KEY.html.gz} (or {@code html/KEY.html}). Immutable.
 */
public record ExtractionCorpus(List<Page> pages) {
  public ExtractionCorpus {
    pages = List.copyOf(pages);
  }

  /** One labelled page: its key, decoded markup, URL (null when unknown) and gold text. */
  public record Page(String key, String html, String url, String gold) {}

  /**
   * Reads the corpus in {@code dir}, pages in key order.
   *
   * @throws IOException when the ground truth or a page cannot be read
   * @throws IllegalArgumentException when the ground truth is not the expected JSON
   */
  public static ExtractionCorpus read(Path dir) throws IOException {
    Object truth =
        Json.parse(Files.readString(dir.resolve("ground-truth.json"), StandardCharsets.UTF_8));
    if (!(truth instanceof Map<?, ?> byKey)) {
      throw new IllegalArgumentException("ground-truth.json is not a JSON object");
    }
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<?, ?> e : new TreeMap<>(byKey).entrySet()) {
      String key = (String) e.getKey();
      if (!(e.getValue() instanceof Map<?, ?> fields)) {
        throw new IllegalArgumentException("ground-truth.json: entry " + key + " is not an object");
      }
      Object body = fields.get("articleBody");
      Object url = fields.get("url");
      pages.add(
          new Page(
              key,
              Decoding.document(readPage(dir, key), null).text(),
              url instanceof String s ? s : null,
              body instanceof String s ? s : ""));
    }
    return new ExtractionCorpus(pages);
  }

  private static byte[] readPage(Path dir, String key) throws IOException {
    Path gz = dir.resolve("html").resolve(key + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = dir.resolve("html").resolve(key + ".html");
    if (Files.exists(plain)) {
      return Files.readAllBytes(plain);
    }
    throw new IOException("no page for key " + key + ": expected " + gz + " or " + plain);
  }
}
