package dev.parallax.cli;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.core.Problem;
import dev.parallax.core.ProblemReport;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.ingest.ArticleSources;
import dev.parallax.pipeline.IngestSummary;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.store.ArticleStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The standard wiring of the ingest path, and how an ingest is reported to a person. */
final class Pipelines {
  private Pipelines() {}

  static ArticleSources sources() {
    return ArticleSources.standard(ArticleExtractor.standard());
  }

  /**
   * The ingest path with article analysis (entities, quotes, claims), as {@code ingest} runs it.
   */
  static Ingestion open(ArticleStore store, ClusterConfig config) {
    return Ingestion.openStandard(store, config);
  }

  /**
   * The ingest path without article analysis: for runs that only score the stories, where analysing
   * every article would cost most of the time and change nothing measured.
   */
  static Ingestion openForClustering(ArticleStore store, ClusterConfig config) {
    return Ingestion.open(store, Cleaner.standard(), config, Clock.systemUTC());
  }

  /** A report that prints each problem on {@code err} as it is met (the first 200; all counted). */
  static ProblemReport printingProblems(PrintWriter err) {
    int[] printed = {0};
    return new ProblemReport(
        1000,
        (Problem p) -> {
          synchronized (printed) {
            if (printed[0]++ < 200) {
              err.println("skipped " + p);
              err.flush();
            }
          }
        });
  }

  /** Ingests {@code paths} into {@code store}, with a progress bar on a terminal. */
  static IngestSummary ingest(
      ArticleStore store, List<String> paths, ProblemReport problems, PrintWriter err) {
    try (Ingestion ingestion = open(store, ClusterConfig.defaults());
        Progress progress = Progress.start("Ingesting", ArticleSources.totalBytes(paths))) {
      return ingestion.ingest(
          paths,
          sources(),
          problems,
          delta -> {
            progress.advanceBytes(delta);
            progress.articles(ingestion.articlesRead());
          });
    }
  }

  static void printSummary(IngestSummary s, long stories, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "read %d articles: %d stored, %d already stored, %d copies, %d rewrites; %d new stories,"
            + " %d in all%n",
        s.read(),
        s.stored(),
        s.alreadyStored(),
        s.copies(),
        s.rewrites(),
        s.newStories(),
        stories);
    if (s.mergedStories() > 0) {
      out.printf(
          Locale.ROOT,
          "%d stories found to be one event with an older story and merged into it (their ids lead"
              + " there)%n",
          s.mergedStories());
    }
    if (!s.repairs().isEmpty()) {
      StringBuilder line = new StringBuilder("cleaning repairs:");
      s.repairs().forEach((kind, n) -> line.append(' ').append(kind).append('=').append(n));
      out.println(line);
    }
    if (s.analysisFailures() > 0) {
      out.printf(
          Locale.ROOT,
          "%d articles stored without analysis (it failed); their stories analyse them when read%n",
          s.analysisFailures());
    }
    if (s.problems() > 0) {
      out.printf(Locale.ROOT, "%d input problems; see the lines above%n", s.problems());
    }
  }
}
