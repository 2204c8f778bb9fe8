package dev.parallax.bench.corpus;

import java.time.Instant;
import java.util.Comparator;

/**
 * The stream order of {@code parallax eval clustering}: by {@code published}, documents without a
 * date first, then by {@code id}.
 */
public final class StreamOrder {
  public static final Comparator<NewsDocument> COMPARATOR =
      Comparator.comparing(
              NewsDocument::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(NewsDocument::id);

  private StreamOrder() {}
}
