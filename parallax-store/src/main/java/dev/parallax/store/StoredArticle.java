package dev.parallax.store;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An article as stored: the cleaned article, where the assigner put it, the repairs cleaning made,
 * its place in ingest order and when it was ingested.
 */
public record StoredArticle(
    long sequence,
    Article article,
    Assignment assignment,
    Map<String, Integer> repairs,
    Instant ingestedAt) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(assignment, "assignment");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    repairs = java.util.Collections.unmodifiableMap(new TreeMap<>(repairs));
  }

  /** The article's date when it has one, else when it was ingested. */
  public Instant seen() {
    return article.published() != null ? article.published() : ingestedAt;
  }
}
