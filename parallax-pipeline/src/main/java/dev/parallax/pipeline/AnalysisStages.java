package dev.parallax.pipeline;

import dev.parallax.analyze.AnalysisCodec;
import dev.parallax.analyze.ArticleAnalyzer;

/** The analysis stages the ingest path can run. */
public final class AnalysisStages {
  private AnalysisStages() {}

  /**
   * Entities, quotes and numeric claims of the article's text by the JVM's shared {@link
   * ArticleAnalyzer} (its models load with the first article, about a second), encoded by {@link
   * AnalysisCodec}.
   */
  public static AnalysisStage standard() {
    return article -> AnalysisCodec.encode(ArticleAnalyzer.shared().analyze(article.text()));
  }
}
