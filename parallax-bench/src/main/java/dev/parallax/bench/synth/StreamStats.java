package dev.parallax.bench.synth;

/**
 * What one pass over a {@link SyntheticNewsStream} produced, and the most state it held at once.
 *
 * @param articles articles emitted
 * @param events events that got at least one article
 * @param largestEvent the most articles any one event got
 * @param maxActiveEvents most events with articles still to come at any one time
 * @param maxPendingArticles most planned, not yet emitted articles at any one time
 */
public record StreamStats(
    long articles, long events, int largestEvent, int maxActiveEvents, int maxPendingArticles) {}
