package dev.parallax.cli;

import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.eval.ClusteringScores;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.ProblemReport;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.store.ArticleStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval clustering FILE}: clusters a labelled corpus in stream order through the
 * whole ingest path (clean, copies, stories, store) in a throw-away store and scores the stories
 * against the gold labels.
 */
@Command(
    name = "clustering",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters FILE (JSONL, or any input `ingest` reads) in stream order (published, then id;"
          + " articles without a date first) through the ingest path (without article analysis,"
          + " which clustering does not use) in a temporary store,"
          + " and prints B-cubed and pairwise precision, recall and F1 against the gold label,"
          + " the cluster counts and docs/s."
    })
final class EvalClusteringCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Labelled articles, e.g. ecbplus.jsonl.")
  String file;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(
      names = "--label",
      paramLabel = "FIELD",
      defaultValue = "event",
      description = "Gold label field (default: ${DEFAULT-VALUE}).")
  String label;

  @Option(
      names = "--min-similarity",
      paramLabel = "X",
      description = "Override the story similarity threshold (for experiments; default: built in).")
  Double minSimilarity;

  @Option(
      names = "--shared-year-bonus",
      paramLabel = "X",
      description =
          "Override the bonus for a year named by the article and the story (for experiments,"
              + " 0 turns it off; default: built in).")
  Double sharedYearBonus;

  @Option(
      names = "--assignments",
      paramLabel = "OUT",
      description =
          "Also write one line per article to OUT (TSV: id, gold label, predicted story), for"
              + " error analysis.")
  Path assignments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClusterConfig config = ClusterConfig.defaults();
    if (minSimilarity != null) {
      config = config.withMinStorySimilarity(minSimilarity);
    }
    if (sharedYearBonus != null) {
      config = config.withSharedYearBonus(sharedYearBonus);
    }
    ProblemReport problems = Pipelines.printingProblems(err);
    long start = System.nanoTime();
    List<Article> articles = new ArrayList<>();
    Pipelines.sources()
        .read(
            List.of(file),
            a -> {
              if (a.fields().containsKey(label)) {
                articles.add(a);
              } else {
                problems.add(a.origin().file(), a.origin().line(), "no gold label '" + label + "'");
              }
            },
            problems,
            bytes -> {});
    articles.sort(
        Comparator.comparing(
                Article::published, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Article::id));

    List<String> gold = new ArrayList<>();
    // Each scored article's story, in stream order.
    Map<String, String> storyOf = new LinkedHashMap<>();
    Path dir = TempDirs.create("parallax-eval-");
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = Pipelines.openForClustering(store, config)) {
      // Scored as stored at the end: a later split or merge may move an article. The article
      // being added is put after its add, with its final story.
      ingestion.onChange(
          change -> change.moved().forEach(id -> storyOf.put(id, change.destination())));
      for (Article a : articles) {
        Assignment assignment = ingestion.add(a).orElse(null);
        if (assignment == null) {
          problems.add(
              a.origin().file(), a.origin().line(), "duplicate id " + a.id() + "; skipped");
          continue;
        }
        gold.add(a.fields().get(label));
        storyOf.put(a.id(), assignment.storyId());
      }
    } finally {
      TempDirs.deleteRecursively(dir);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> predicted = List.copyOf(storyOf.values());
    ClusteringScores scores = ClusteringScores.score(gold, predicted);
    double docsPerSecond = gold.size() / Math.max(seconds, 1e-9);
    if (json) {
      Views.printJson(out, toJson(scores, docsPerSecond));
    } else {
      print(out, scores, docsPerSecond);
    }
    out.flush();
    if (assignments != null) {
      // After the scores, so that a path that cannot be written does not cost the run.
      try {
        writeAssignments(assignments, List.copyOf(storyOf.keySet()), gold, predicted);
      } catch (IOException e) {
        err.println(assignments + ": cannot write assignments: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
    }
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_SKIPPED;
  }

  private static Map<String, Object> toJson(ClusteringScores s, double docsPerSecond) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("docs", s.items());
    m.put("gold_clusters", s.goldClusters());
    m.put("clusters", s.predictedClusters());
    m.put("bcubed", prf(s.bcubed()));
    m.put("pairwise", prf(s.pairwise()));
    m.put("docs_per_second", Math.round(docsPerSecond * 10) / 10.0);
    return m;
  }

  private static Map<String, Object> prf(ClusteringScores.Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(p.precision()));
    m.put("recall", round(p.recall()));
    m.put("f1", round(p.f1()));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static void print(PrintWriter out, ClusteringScores s, double docsPerSecond) {
    out.printf(
        Locale.ROOT,
        "docs %d, gold clusters %d, predicted clusters %d%n",
        s.items(),
        s.goldClusters(),
        s.predictedClusters());
    out.printf(
        Locale.ROOT,
        "B-cubed   P %.4f  R %.4f  F1 %.4f%n",
        s.bcubed().precision(),
        s.bcubed().recall(),
        s.bcubed().f1());
    out.printf(
        Locale.ROOT,
        "pairwise  P %.4f  R %.4f  F1 %.4f%n",
        s.pairwise().precision(),
        s.pairwise().recall(),
        s.pairwise().f1());
    out.printf(Locale.ROOT, "%.1f docs/s%n", docsPerSecond);
  }

  private static void writeAssignments(
      Path out, List<String> ids, List<String> gold, List<String> predicted) throws IOException {
    StringBuilder tsv = new StringBuilder("id\tgold\tstory\n");
    for (int i = 0; i < ids.size(); i++) {
      tsv.append(cell(ids.get(i)))
          .append('\t')
          .append(cell(gold.get(i)))
          .append('\t')
          .append(cell(predicted.get(i)))
          .append('\n');
    }
    Files.writeString(out, tsv, StandardCharsets.UTF_8);
  }

  /** A TSV cell: tabs and line breaks inside a value become spaces. */
  private static String cell(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
