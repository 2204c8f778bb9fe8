package dev.parallax.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A summary of one story: its articles, the distinct outlets and the independent sources among them
 * (copies of another outlet's article count once), when it was first and last seen, and the
 * headline of its founding article.
 */
public record Story(
    String id,
    int articleCount,
    int sourceCount,
    int independentSources,
    Instant firstSeen,
    Instant lastSeen,
    String headline) {
  public Story {
    Objects.requireNonNull(id, "id");
  }
}
