package dev.parallax.bench.synth;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Typed configuration of a {@link SyntheticNewsStream}; every component is validated, {@link
 * #defaults(int, long)} gives the documented defaults.
 *
 * @param articles how many articles the stream holds in all, {@code >= 0}
 * @param seed the seed of every random choice; one seed gives one byte-for-byte stream
 * @param startDate the UTC day the first event may happen on
 * @param eventsPerKindPerDay mean new events of each kind per day (Poisson arrivals); with the
 *     default 0.8 and ten kinds, about three fires are being reported at any one time
 * @param maxArticlesPerEvent the largest number of articles one event gets
 * @param sizeExponent exponent {@code a} of the power law {@code P(k) ~ k^-a} over articles per
 *     event, {@code 1 < a <= 5}; the default 2.0 reports ~60% of events once and ~2% 20+ times
 * @param spreadDays articles of an event appear within this many days after it happened
 * @param copyRate share of an event's later articles that are wire copies of its first article
 *     (same text, changed headline, one added sentence)
 * @param rewriteRate share of an event's later articles that rewrite its first article (some
 *     sentences kept, the rest written anew)
 * @param outlets how many outlets publish, popularity Zipf-distributed
 * @param minWords fewest words in an article body
 * @param maxWords most words in an article body
 */
public record StreamConfig(
    int articles,
    long seed,
    LocalDate startDate,
    double eventsPerKindPerDay,
    int maxArticlesPerEvent,
    double sizeExponent,
    int spreadDays,
    double copyRate,
    double rewriteRate,
    int outlets,
    int minWords,
    int maxWords) {

  public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2024, 1, 1);

  public StreamConfig {
    Objects.requireNonNull(startDate, "startDate");
    require(articles >= 0, "articles must be >= 0: " + articles);
    require(
        eventsPerKindPerDay > 0 && eventsPerKindPerDay <= 100,
        "eventsPerKindPerDay must be in (0, 100]: " + eventsPerKindPerDay);
    require(
        maxArticlesPerEvent >= 1 && maxArticlesPerEvent <= 10_000,
        "maxArticlesPerEvent must be in [1, 10000]: " + maxArticlesPerEvent);
    require(
        sizeExponent > 1 && sizeExponent <= 5, "sizeExponent must be in (1, 5]: " + sizeExponent);
    require(spreadDays >= 1 && spreadDays <= 60, "spreadDays must be in [1, 60]: " + spreadDays);
    require(copyRate >= 0 && copyRate <= 1, "copyRate must be in [0, 1]: " + copyRate);
    require(rewriteRate >= 0 && rewriteRate <= 1, "rewriteRate must be in [0, 1]: " + rewriteRate);
    require(
        copyRate + rewriteRate <= 1,
        "copyRate + rewriteRate must be <= 1: " + copyRate + " + " + rewriteRate);
    require(outlets >= 1 && outlets <= 100_000, "outlets must be in [1, 100000]: " + outlets);
    require(minWords >= 20, "minWords must be >= 20: " + minWords);
    require(
        maxWords >= minWords && maxWords <= 5_000,
        "maxWords must be in [minWords, 5000]: " + maxWords);
  }

  /** The defaults: 2024-01-01, 0.8 events/kind/day, ≤60 articles/event (exponent 2.0), 4 days. */
  public static StreamConfig defaults(int articles, long seed) {
    return new StreamConfig(
        articles, seed, DEFAULT_START_DATE, 0.8, 60, 2.0, 4, 0.15, 0.2, 200, 120, 400);
  }

  public StreamConfig withArticles(int newArticles) {
    return new StreamConfig(
        newArticles,
        seed,
        startDate,
        eventsPerKindPerDay,
        maxArticlesPerEvent,
        sizeExponent,
        spreadDays,
        copyRate,
        rewriteRate,
        outlets,
        minWords,
        maxWords);
  }

  public StreamConfig withSeed(long newSeed) {
    return new StreamConfig(
        articles,
        newSeed,
        startDate,
        eventsPerKindPerDay,
        maxArticlesPerEvent,
        sizeExponent,
        spreadDays,
        copyRate,
        rewriteRate,
        outlets,
        minWords,
        maxWords);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
