package dev.parallax.analyze.story;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a story's timeline.
 *
 * @param time when the article appeared
 * @param source its outlet
 * @param articleId its id
 * @param title its title, or null
 * @param kind whether it is the outlet's first report, a later update, or a copy
 * @param copyOf for a copy, the article it copies; else null
 */
public record TimelineEntry(
    Instant time, String source, String articleId, String title, Kind kind, String copyOf) {
  /** The role an article plays in the story's timeline. */
  public enum Kind {
    /** The outlet's first report of the story. */
    FIRST_REPORT,
    /** A later report by an outlet that had already reported the story. */
    UPDATE,
    /** A copy of another outlet's report (wire copy, near-duplicate). */
    COPY
  }

  public TimelineEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
  }
}
