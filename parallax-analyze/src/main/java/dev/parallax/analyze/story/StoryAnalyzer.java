package dev.parallax.analyze.story;

import dev.parallax.analyze.ArticleAnalysis;
import dev.parallax.analyze.ArticleAnalyzer;
import dev.parallax.analyze.TextSpan;
import dev.parallax.analyze.claim.ClaimGroup;
import dev.parallax.analyze.claim.ClaimGrouper;
import dev.parallax.analyze.claim.ClaimValue;
import dev.parallax.analyze.claim.NumericClaim;
import dev.parallax.analyze.entity.EntityMerger;
import dev.parallax.analyze.entity.SourcedMentions;
import dev.parallax.analyze.entity.StoryEntity;
import dev.parallax.analyze.quote.Quote;
import dev.parallax.analyze.quote.QuoteGroup;
import dev.parallax.analyze.quote.QuoteGrouper;
import dev.parallax.analyze.quote.QuoteVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Puts a story's article analyses together: merged entities, quote groups, claim groups with
 * verdicts, a timeline and a summary. Copies are left out of entities, quotes and claims: they
 * repeat their origin's words, and each fact should count once per independent source.
 *
 * <p>Articles stored without an analysis (ingested before analysis existed, or whose analysis
 * failed) are analysed here, with an analyzer loaded on first need. Thread-safe.
 */
public final class StoryAnalyzer {
  private final Supplier<ArticleAnalyzer> analyzer;
  private final EntityMerger merger = EntityMerger.standard();
  private final QuoteGrouper quotes = QuoteGrouper.standard();
  private final ClaimGrouper claims = ClaimGrouper.standard();

  /** A story analyzer that analyses missing articles with {@code analyzer}, asked on first need. */
  public StoryAnalyzer(Supplier<ArticleAnalyzer> analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
  }

  /** A story analyzer that uses the JVM's shared article analyzer when it first needs one. */
  public static StoryAnalyzer standard() {
    return new StoryAnalyzer(ArticleAnalyzer::shared);
  }

  /**
   * Analyses a story.
   *
   * @param articles the story's articles
   * @param stored the stored analyses by article id; missing ones are computed
   */
  public StoryAnalysis analyze(List<StoryArticle> articles, Map<String, ArticleAnalysis> stored) {
    List<StoryArticle> sorted = new ArrayList<>(articles);
    sorted.sort(StoryArticle.BY_SEEN);
    List<SourcedMentions> mentions = new ArrayList<>();
    List<QuoteVariant> variants = new ArrayList<>();
    List<ClaimValue> values = new ArrayList<>();
    Map<String, List<String>> sentences = new HashMap<>();
    for (StoryArticle a : sorted) {
      if (a.isCopy()) {
        continue;
      }
      ArticleAnalysis analysis = stored.get(a.id());
      if (analysis == null) {
        analysis = analyzer.get().analyze(a.text());
      }
      sentences.put(a.id(), analysis.sentenceTexts(a.text()));
      mentions.add(new SourcedMentions(a.source(), analysis.entities()));
      for (Quote q : analysis.quotes()) {
        variants.add(new QuoteVariant(a.source(), a.id(), a.seen(), q));
      }
      for (NumericClaim c : analysis.claims()) {
        values.add(
            new ClaimValue(a.source(), a.id(), c, sentenceOf(a.text(), analysis, c.start())));
      }
    }
    List<StoryEntity> entities = merger.merge(mentions);
    List<QuoteGroup> quoteGroups = quotes.group(variants);
    List<ClaimGroup> claimGroups = new ArrayList<>(claims.group(values));
    claimGroups.sort(Comparator.comparingInt(StoryAnalyzer::verdictRank));
    return new StoryAnalysis(
        entities,
        quoteGroups,
        claimGroups,
        Timeline.of(articles),
        StorySummarizer.summarize(articles, sentences));
  }

  /** Conflicts first, then numbers sources share, then single-source ones. */
  private static int verdictRank(ClaimGroup g) {
    return switch (g.verdict()) {
      case CONFLICT -> 0;
      case COMPATIBLE -> 1;
      case AGREE -> 2;
      case SINGLE_SOURCE -> 3;
    };
  }

  private static String sentenceOf(String text, ArticleAnalysis analysis, int offset) {
    for (TextSpan s : analysis.sentences()) {
      if (s.start() <= offset && offset < s.end() && s.end() <= text.length()) {
        return text.substring(s.start(), s.end());
      }
    }
    return "";
  }
}
