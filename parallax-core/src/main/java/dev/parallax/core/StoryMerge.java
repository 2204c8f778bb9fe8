package dev.parallax.core;

import java.util.List;
import java.util.Objects;

/**
 * Two stories the assigner found to be one event: every article of {@code mergedId} ({@code moved},
 * ingest order) joins {@code storyId}, the older of the two, and {@code mergedId} from then on
 * names {@code storyId}.
 *
 * @param similarity the mean cosine between the two stories' articles that was high enough
 */
public record StoryMerge(String storyId, String mergedId, List<String> moved, double similarity)
    implements StoryChange {
  public StoryMerge {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(mergedId, "mergedId");
    moved = List.copyOf(moved);
    if (moved.isEmpty()) {
      throw new IllegalArgumentException("a merge moves at least one article");
    }
    if (storyId.equals(mergedId)) {
      throw new IllegalArgumentException("a story cannot merge into itself: " + storyId);
    }
  }

  @Override
  public String destination() {
    return storyId;
  }

  @Override
  public List<String> storyIds() {
    return List.of(storyId, mergedId);
  }
}
