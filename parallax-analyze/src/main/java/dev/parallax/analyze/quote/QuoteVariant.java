package dev.parallax.analyze.quote;

import java.time.Instant;
import java.util.Objects;

/**
 * One article's rendering of a statement.
 *
 * @param source the outlet that published it ("Al Jazeera", "cnn.com")
 * @param articleId the article it appears in
 * @param published when the article was published, or null if unknown
 * @param quote the quote as found in that article
 */
public record QuoteVariant(String source, String articleId, Instant published, Quote quote) {
  public QuoteVariant {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(quote, "quote");
  }
}
