package dev.parallax.serve.ingest;

import dev.parallax.core.Assignment;
import java.util.List;

/**
 * What one POSTed batch did: articles received, newly stored, skipped as already stored, stored as
 * copies and as rewrites, stories founded, and where each stored article went.
 */
public record IngestOutcome(
    int received,
    int stored,
    int alreadyStored,
    int copies,
    int rewrites,
    int newStories,
    List<Assignment> assignments) {
  public IngestOutcome {
    assignments = List.copyOf(assignments);
  }
}
