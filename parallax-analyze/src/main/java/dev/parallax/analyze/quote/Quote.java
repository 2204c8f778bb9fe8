package dev.parallax.analyze.quote;

import java.util.Objects;

/**
 * One quote found in a text.
 *
 * @param text the quoted words; a quote that runs over several lines or reopens its quotation mark
 *     in the next paragraph is joined with single spaces, so it may differ from the slice of the
 *     source between {@code start} and {@code end}
 * @param start offset of its first char in the analysed text (inside the quotation marks)
 * @param end offset just past its last char
 * @param kind direct words or reported speech
 * @param speaker who said it, {@link Speaker#UNKNOWN} when nothing attributes it
 * @param verb the attribution verb as written, lower-cased ("said", "told", "tweeted", "noting",
 *     "according to"); empty when the quote has no verb of its own (a continuation or an
 *     unattributed quote)
 */
public record Quote(String text, int start, int end, QuoteKind kind, Speaker speaker, String verb) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(verb, "verb");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
