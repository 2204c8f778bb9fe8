package dev.parallax.analyze;

import dev.parallax.analyze.claim.ClaimExtractor;
import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.nlp.Sentence;
import dev.parallax.analyze.quote.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the entities, quotes and numeric claims of one article's text. Thread-safe: load once with
 * {@link #standard()} (it reads the OpenNLP models and the gazetteers) and share.
 */
public final class ArticleAnalyzer {
  private final EnglishNlp nlp;
  private final EntityRecognizer entities;
  private final QuoteExtractor quotes;
  private final ClaimExtractor claims;

  private ArticleAnalyzer(
      EnglishNlp nlp, EntityRecognizer entities, QuoteExtractor quotes, ClaimExtractor claims) {
    this.nlp = nlp;
    this.entities = entities;
    this.quotes = quotes;
    this.claims = claims;
  }

  /**
   * The standard analyzer of this JVM, loaded on first call and shared by every caller after it:
   * the ingest path and story reads in one server use the same models instead of loading them
   * twice, and a command that never analyses never loads them.
   */
  public static ArticleAnalyzer shared() {
    return Shared.INSTANCE;
  }

  /** Initialization-on-demand holder: the JVM loads the models once, when first asked. */
  private static final class Shared {
    static final ArticleAnalyzer INSTANCE = standard();
  }

  /** A new standard analyzer: OpenNLP's UD English models, our rules and gazetteers. */
  public static ArticleAnalyzer standard() {
    EnglishNlp nlp = EnglishNlp.load();
    return new ArticleAnalyzer(
        nlp, EntityRecognizer.standard(nlp), QuoteExtractor.standard(), ClaimExtractor.standard());
  }

  /** Analyses a cleaned article text; offsets in the result point into {@code text}. */
  public ArticleAnalysis analyze(String text) {
    Objects.requireNonNull(text, "text");
    AnalyzedText analyzed = nlp.analyze(text);
    List<EntityMention> mentions = entities.recognize(analyzed);
    List<TextSpan> sentences = new ArrayList<>(analyzed.sentences().size());
    for (Sentence s : analyzed.sentences()) {
      sentences.add(new TextSpan(s.start(), s.end()));
    }
    return new ArticleAnalysis(
        sentences, mentions, quotes.extract(analyzed, mentions), claims.extract(analyzed));
  }
}
