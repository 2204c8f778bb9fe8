package dev.parallax.store;

import dev.parallax.core.Story;
import java.util.List;
import java.util.Objects;

/** One story with its articles in time order (date, then ingest order). */
public record StoryDetail(Story story, List<StoredArticle> articles) {
  public StoryDetail {
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
  }
}
