package dev.parallax.extract.meta;

import java.time.Instant;
import java.util.List;

/**
 * The metadata a page declares about its article; each field null (authors empty) when absent.
 *
 * @param articleBody the JSON-LD {@code articleBody}, kept as a fallback for the main text
 */
public record PageMetadata(
    String title,
    Instant published,
    List<String> authors,
    String language,
    String canonicalUrl,
    String articleBody) {
  public PageMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }
}
