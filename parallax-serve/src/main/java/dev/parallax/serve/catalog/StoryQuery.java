package dev.parallax.serve.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * What a story list asks for: an order, filters and a page.
 *
 * @param sort the order
 * @param from only stories last seen at or after this instant; null for no bound
 * @param to only stories first seen at or before this instant; null for no bound
 * @param source only stories with an article from this outlet (exact name); null for any
 * @param language only stories with an article in this language (exact code); null for any
 * @param entity only stories with an article naming this (a phrase in title or text); null for any
 * @param limit the page size, 0..{@link #MAX_LIMIT}
 * @param offset the stories to skip, >= 0
 */
public record StoryQuery(
    StorySort sort,
    Instant from,
    Instant to,
    String source,
    String language,
    String entity,
    int limit,
    int offset) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public StoryQuery {
    Objects.requireNonNull(sort, "sort");
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be in 0.." + MAX_LIMIT + ": " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0: " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to: " + from + " > " + to);
    }
  }

  /** The latest stories, first page, no filters. */
  public static StoryQuery latest() {
    return new StoryQuery(StorySort.LATEST, null, null, null, null, null, DEFAULT_LIMIT, 0);
  }
}
