package dev.parallax.pipeline;

import dev.parallax.analyze.AnalysisCodec;
import dev.parallax.analyze.ArticleAnalyzer;

/** The analysis stages the ingest path can run. */
public final class AnalysisStages {
  private AnalysisStages() {}

  /**
   * Entities, quotes and numeric claims of the article's text by the standard {@link
   * ArticleAnalyzer}, encoded by {@link AnalysisCodec}. Loads the models now (about a second).
   */
  public static AnalysisStage standard() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    return article -> AnalysisCodec.encode(analyzer.analyze(article.text()));
  }
}
