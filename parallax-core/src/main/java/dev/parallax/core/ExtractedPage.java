package dev.parallax.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link HtmlExtractor} found in a page. {@code text} holds paragraphs separated by blank
 * lines and is empty (never null) when the page has no article; the other fields are null when not
 * found.
 */
public record ExtractedPage(
    String title,
    String text,
    Instant published,
    List<String> authors,
    String language,
    String canonicalUrl) {
  public ExtractedPage {
    Objects.requireNonNull(text, "text");
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public boolean hasArticle() {
    return !text.isBlank();
  }
}
