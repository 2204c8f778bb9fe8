package dev.parallax.core;

import java.util.Objects;

/**
 * Where the story assigner put one article: its story, whether it founded that story, and, for a
 * copy or rewrite, the earlier article it derives from ({@code copyOf}; for copies the earliest of
 * that text) and the similarity that linked them.
 */
public record Assignment(
    String articleId,
    String storyId,
    boolean foundedStory,
    CopyKind copyKind,
    String copyOf,
    double copySimilarity,
    double storySimilarity) {
  public Assignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(copyKind, "copyKind");
    if ((copyKind == CopyKind.ORIGINAL) != (copyOf == null)) {
      throw new IllegalArgumentException(
          "copyOf must be set exactly for copies: " + copyKind + ", copyOf=" + copyOf);
    }
  }
}
