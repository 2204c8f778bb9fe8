package dev.parallax.analyze.story;

import dev.parallax.analyze.claim.ClaimGroup;
import dev.parallax.analyze.claim.Verdict;
import dev.parallax.analyze.entity.StoryEntity;
import dev.parallax.analyze.quote.QuoteGroup;
import java.util.List;

/**
 * What a story's sources say together.
 *
 * @param entities names merged across articles, most widely named first
 * @param quotes statements grouped across outlets, each with every variant
 * @param claims numbers grouped by what they measure, conflicts first
 * @param timeline first reports, updates and copies in time order
 * @param summary three to five sentences covering the story
 */
public record StoryAnalysis(
    List<StoryEntity> entities,
    List<QuoteGroup> quotes,
    List<ClaimGroup> claims,
    List<TimelineEntry> timeline,
    List<SummarySentence> summary) {
  public StoryAnalysis {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
    timeline = List.copyOf(timeline);
    summary = List.copyOf(summary);
  }

  /** The claim groups whose sources disagree. */
  public List<ClaimGroup> conflicts() {
    return claims.stream().filter(c -> c.verdict() == Verdict.CONFLICT).toList();
  }
}
