package dev.parallax.store;

import dev.parallax.core.Story;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A story's summary with what a story list filters on: the outlets of its articles and their
 * languages (articles without one leave no entry).
 */
public record StoryListing(Story story, Set<String> sources, Set<String> languages) {
  public StoryListing {
    Objects.requireNonNull(story, "story");
    sources = java.util.Collections.unmodifiableSet(new TreeSet<>(sources));
    languages = java.util.Collections.unmodifiableSet(new TreeSet<>(languages));
  }
}
