package dev.parallax.core;

/**
 * Takes the main article text and metadata out of one HTML page, from the markup alone (no
 * rendering, no network). Implementations are thread-safe.
 */
public interface HtmlExtractor {
  /**
   * @param html the page's markup
   * @param baseUrl the page's URL when known, else null
   * @return what was found; {@link ExtractedPage#text()} is empty when the page holds no article
   */
  ExtractedPage extract(String html, String baseUrl);
}
