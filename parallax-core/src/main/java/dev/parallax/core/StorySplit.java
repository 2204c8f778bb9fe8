package dev.parallax.core;

import java.util.List;
import java.util.Objects;

/**
 * A story the assigner split in two once its articles showed two events: {@code moved} (ingest
 * order, the earliest first, which founds the new story) leave {@code storyId} for {@code
 * newStoryId}; the part holding the story's founder keeps the old id, so no story is renamed. The
 * new id may be one a merge retired earlier (same founder): that story then comes back.
 *
 * @param similarity the mean cosine between the two parts that was low enough to split them
 */
public record StorySplit(String storyId, String newStoryId, List<String> moved, double similarity)
    implements StoryChange {
  public StorySplit {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(newStoryId, "newStoryId");
    moved = List.copyOf(moved);
    if (moved.isEmpty()) {
      throw new IllegalArgumentException("a split moves at least one article");
    }
    if (storyId.equals(newStoryId)) {
      throw new IllegalArgumentException("a split needs a new story id: " + storyId);
    }
  }

  @Override
  public String destination() {
    return newStoryId;
  }

  @Override
  public List<String> storyIds() {
    return List.of(storyId, newStoryId);
  }

  /** The article that founds the new story: the earliest moved. */
  public String founderId() {
    return moved.get(0);
  }
}
