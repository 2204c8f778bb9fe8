package dev.parallax.serve.catalog;

import dev.parallax.store.StoryListing;
import java.util.List;

/** One page of a story list: the stories matching in all ({@code total}) and this page's. */
public record StoryPage(int total, List<StoryListing> stories) {
  public StoryPage {
    stories = List.copyOf(stories);
  }
}
