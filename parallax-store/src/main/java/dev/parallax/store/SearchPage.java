package dev.parallax.store;

import java.util.List;

/**
 * One page of full-text search results: the total number of matching articles, the hits from {@code
 * offset}, best first, and the distinct stories of the best matches, best first.
 */
public record SearchPage(long total, List<TextIndex.Hit> hits, List<String> storyIds) {
  public SearchPage {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0: " + total);
    }
    hits = List.copyOf(hits);
    storyIds = List.copyOf(storyIds);
  }
}
