package dev.parallax.analyze.quote;

import java.util.List;
import java.util.Objects;

/**
 * One statement as several articles quote it, perhaps in different words (translations,
 * paraphrases, partial quotes).
 *
 * @param speaker who made it: the most specific speaker among the variants (a full name over a
 *     surname, a name over a role), {@link Speaker#UNKNOWN} if no variant knows
 * @param variants the renderings, earliest first; never empty
 * @param earliest the first published variant (the first given when no time is known)
 */
public record QuoteGroup(Speaker speaker, List<QuoteVariant> variants, QuoteVariant earliest) {
  public QuoteGroup {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(earliest, "earliest");
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("variants must not be empty");
    }
  }

  /** The number of distinct sources quoting the statement. */
  public long sourceCount() {
    return variants.stream().map(QuoteVariant::source).distinct().count();
  }
}
