package dev.parallax.analyze;

import dev.parallax.analyze.claim.NumericClaim;
import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.quote.Quote;
import java.util.List;

/**
 * What one article says, found by {@link ArticleAnalyzer}; every offset points into the article's
 * cleaned text.
 *
 * @param sentences the text's sentences in order
 * @param entities its named-entity mentions in order
 * @param quotes its quotes with their speakers
 * @param claims its numeric claims (counts, amounts, ranges, dates, durations)
 */
public record ArticleAnalysis(
    List<TextSpan> sentences,
    List<EntityMention> entities,
    List<Quote> quotes,
    List<NumericClaim> claims) {
  public ArticleAnalysis {
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
  }

  /** The text of each sentence of {@code text}, the text this analysis was made of. */
  public List<String> sentenceTexts(String text) {
    return sentences.stream()
        .filter(s -> s.end() <= text.length())
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }
}
