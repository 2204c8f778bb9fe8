package dev.parallax.pipeline;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest did: articles read, newly stored, skipped as already stored, stored as copies
 * (exact or near) and as rewrites, new stories founded (split-off stories included), stories merged
 * into others, problems met in the input, cleaning repairs by kind, and articles stored without an
 * analysis because analysing them failed (their story analyses them again when read).
 */
public record IngestSummary(
    long read,
    long stored,
    long alreadyStored,
    long copies,
    long rewrites,
    long newStories,
    long mergedStories,
    long problems,
    Map<String, Long> repairs,
    long analysisFailures) {
  public IngestSummary {
    repairs = java.util.Collections.unmodifiableMap(new TreeMap<>(repairs));
  }

  /** What was counted after {@code earlier}, a summary of the same ingestion taken before this. */
  public IngestSummary since(IngestSummary earlier) {
    Map<String, Long> newRepairs = new TreeMap<>(repairs);
    earlier.repairs.forEach((kind, n) -> newRepairs.merge(kind, -n, Long::sum));
    newRepairs.values().removeIf(n -> n == 0);
    return new IngestSummary(
        read - earlier.read,
        stored - earlier.stored,
        alreadyStored - earlier.alreadyStored,
        copies - earlier.copies,
        rewrites - earlier.rewrites,
        newStories - earlier.newStories,
        mergedStories - earlier.mergedStories,
        problems - earlier.problems,
        newRepairs,
        analysisFailures - earlier.analysisFailures);
  }
}
