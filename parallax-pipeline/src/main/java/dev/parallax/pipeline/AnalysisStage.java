package dev.parallax.pipeline;

import dev.parallax.core.Article;

/**
 * Analyses one cleaned article into the encoded form the store keeps beside it (see {@code
 * ArticleStore.putAnalysis}): entities, quotes and claims, say. Must be thread-safe: the ingest
 * path calls it from several worker threads at once while it assigns the next articles.
 */
@FunctionalInterface
public interface AnalysisStage {
  /** Returns the encoded analysis of {@code article}; a runtime exception skips that article. */
  String analyze(Article article);
}
