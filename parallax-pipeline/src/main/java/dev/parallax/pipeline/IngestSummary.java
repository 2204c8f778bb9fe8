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
}
