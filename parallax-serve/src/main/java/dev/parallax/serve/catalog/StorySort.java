package dev.parallax.serve.catalog;

import dev.parallax.store.StoryListing;
import java.util.Comparator;
import java.util.Locale;

/** The orders of a story list; every order ends with the story id, so pages are stable. */
public enum StorySort {
  /** Last seen first. */
  LATEST(Comparator.comparing((StoryListing l) -> l.story().lastSeen()).reversed()),
  /** Most articles first, then last seen. */
  SIZE(
      Comparator.comparingInt((StoryListing l) -> l.story().articleCount())
          .reversed()
          .thenComparing(
              Comparator.comparing((StoryListing l) -> l.story().lastSeen()).reversed())),
  /** Most outlets first, then most independent sources, then last seen. */
  SOURCES(
      Comparator.comparingInt((StoryListing l) -> l.story().sourceCount())
          .reversed()
          .thenComparing(
              Comparator.comparingInt((StoryListing l) -> l.story().independentSources())
                  .reversed())
          .thenComparing(
              Comparator.comparing((StoryListing l) -> l.story().lastSeen()).reversed()));

  private final Comparator<StoryListing> order;

  StorySort(Comparator<StoryListing> primary) {
    this.order = primary.thenComparing(l -> l.story().id());
  }

  public Comparator<StoryListing> order() {
    return order;
  }

  /** The sort named {@code name} (case-insensitive), or an exception listing the names. */
  public static StorySort parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "sort must be one of latest, size, sources: '" + name + "'", e);
    }
  }
}
