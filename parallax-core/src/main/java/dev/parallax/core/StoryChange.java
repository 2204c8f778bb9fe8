package dev.parallax.core;

import java.util.List;

/**
 * A change the story assigner made to stories it had already reported: articles moved from one
 * story to another. The store must follow it for its stories to stay what the assigner sees.
 */
public sealed interface StoryChange permits StorySplit, StoryMerge {
  /** The articles that moved, in ingest order. */
  List<String> moved();

  /** The story the moved articles are in after the change. */
  String destination();

  /** The ids of both stories involved, for readers that cache stories. */
  List<String> storyIds();
}
