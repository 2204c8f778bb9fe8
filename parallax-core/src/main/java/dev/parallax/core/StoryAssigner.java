package dev.parallax.core;

/**
 * Assigns articles, one at a time in stream order, to stories: the online clustering stage.
 *
 * <p>Story ids are stable: the same articles in the same order give the same ids, and assigning a
 * new article never renames an existing story. Implementations hold mutable state and are not
 * thread-safe; callers feed them from one thread.
 */
public interface StoryAssigner {
  Assignment assign(Article article);

  /** The number of stories so far. */
  int storyCount();
}
