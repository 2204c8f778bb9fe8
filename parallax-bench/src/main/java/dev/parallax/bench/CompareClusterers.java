package dev.parallax.bench;

import dev.parallax.bench.baseline.Carrot2Clusterer;
import dev.parallax.bench.baseline.DocumentClusterer;
import dev.parallax.bench.baseline.TfIdfSinglePass;
import dev.parallax.bench.corpus.LabelledCorpus;
import dev.parallax.bench.corpus.LabelledCorpusReader;
import dev.parallax.cluster.eval.ClusteringScores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.carrot2.language.LanguageComponents;

/**
 * {@code CompareClusterers FILE.jsonl [--label event] [--carrot2 lingo,stc,kmeans|none]
 * [--carrot2-max-docs N]}: scores baseline clusterers on a labelled corpus under the protocol of
 * {@code parallax eval clustering} (stream order: published, then id, undated first; B-cubed and
 * pairwise scores by {@link ClusteringScores}) and prints a table of method, B-cubed P/R/F1,
 * pairwise P/R/F1, clusters and docs/s.
 *
 * <p>The TF-IDF single-pass baseline is swept over thresholds and reported at its best B-cubed F1:
 * tuned on the data it is scored on. Carrot2 runs in batch over the whole corpus, with the gold
 * number of clusters (an oracle advantage). docs/s is the clustering call alone (the corpus is read
 * first), one run, JVM warm-up included. Exit code 0, 2 when input lines were skipped, 1 on a usage
 * or I/O error.
 */
public final class CompareClusterers {
  private static final double[] THRESHOLDS = {
    0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80, 0.85,
    0.90
  };

  private CompareClusterers() {}

  /** One row of the table. */
  record Row(String method, ClusteringScores scores, double docsPerSecond) {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String file = null;
    String label = "event";
    Set<Carrot2Clusterer.Algorithm> algorithms = EnumSet.allOf(Carrot2Clusterer.Algorithm.class);
    int carrot2MaxDocs = 25_000;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--label":
            label = value(args, ++i, "--label");
            break;
          case "--carrot2":
            algorithms = parseAlgorithms(value(args, ++i, "--carrot2"));
            break;
          case "--carrot2-max-docs":
            carrot2MaxDocs = Integer.parseInt(value(args, ++i, "--carrot2-max-docs"));
            break;
          default:
            if (args[i].startsWith("--") || file != null) {
              throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            file = args[i];
        }
      }
      if (file == null) {
        throw new IllegalArgumentException("FILE is required");
      }
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(
          "usage: CompareClusterers FILE.jsonl [--label event] [--carrot2 lingo,stc,kmeans|none]"
              + " [--carrot2-max-docs N]");
      return 1;
    }

    LabelledCorpus corpus;
    try {
      corpus = new LabelledCorpusReader(label).read(Path.of(file));
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      return 1;
    }
    corpus.problems().forEach(p -> err.println("skipped: " + p));
    if (corpus.problemCount() > corpus.problems().size()) {
      err.printf(Locale.ROOT, "... %d problems in all%n", corpus.problemCount());
    }
    int goldClusters = corpus.goldClusters();
    out.printf(
        Locale.ROOT,
        "%s: %d docs, %d gold clusters (label '%s'), stream order published then id%n%n",
        file,
        corpus.documents().size(),
        goldClusters,
        label);

    List<Row> rows = new ArrayList<>();
    rows.add(sweepTfIdf(corpus, out));
    if (!algorithms.isEmpty() && corpus.documents().size() > carrot2MaxDocs) {
      out.printf(
          Locale.ROOT,
          "Carrot2 skipped: %d docs > --carrot2-max-docs %d%n%n",
          corpus.documents().size(),
          carrot2MaxDocs);
    } else if (!algorithms.isEmpty() && goldClusters >= 2) {
      LanguageComponents english = Carrot2Clusterer.english();
      for (Carrot2Clusterer.Algorithm algorithm : algorithms) {
        rows.add(measure(new Carrot2Clusterer(algorithm, goldClusters, true, english), corpus));
      }
    }
    printTable(rows, goldClusters, out);
    out.println();
    out.println(
        "TF-IDF single-pass: online, one pass in stream order; threshold tuned on this corpus"
            + " (best B-cubed F1 of the sweep above).");
    out.println(
        "Carrot2: batch (sees all documents at once, not online), given the gold number of"
            + " clusters (oracle advantage); docs in no cluster are singletons, docs in several"
            + " take the largest.");
    out.println("docs/s: clustering only (reading excluded), single run, JVM warm-up included.");
    out.flush();
    return corpus.problemCount() == 0 ? 0 : 2;
  }

  private static Row sweepTfIdf(LabelledCorpus corpus, PrintStream out) {
    long start = System.nanoTime();
    TfIdfSinglePass.Vectors vectors = TfIdfSinglePass.vectorize(corpus.documents());
    double vectorizeSeconds = (System.nanoTime() - start) / 1e9;
    out.println("TF-IDF single-pass threshold sweep (tuned on the data it is scored on):");
    out.println(
        "| threshold | B-cubed P | B-cubed R | B-cubed F1 | pairwise F1 | clusters | docs/s |");
    out.println("|---|---|---|---|---|---|---|");
    Row best = null;
    for (double threshold : THRESHOLDS) {
      long t0 = System.nanoTime();
      List<String> predicted = TfIdfSinglePass.assign(vectors, threshold);
      double seconds = vectorizeSeconds + (System.nanoTime() - t0) / 1e9;
      ClusteringScores s = ClusteringScores.score(corpus.labels(), predicted);
      double docsPerSecond = corpus.documents().size() / Math.max(seconds, 1e-9);
      out.printf(
          Locale.ROOT,
          "| %.2f | %.3f | %.3f | %.3f | %.3f | %d | %.0f |%n",
          threshold,
          s.bcubed().precision(),
          s.bcubed().recall(),
          s.bcubed().f1(),
          s.pairwise().f1(),
          s.predictedClusters(),
          docsPerSecond);
      if (best == null || s.bcubed().f1() > best.scores().bcubed().f1()) {
        best =
            new Row(
                new TfIdfSinglePass(threshold).name() + " (tuned on this data)", s, docsPerSecond);
      }
    }
    out.println();
    return best;
  }

  private static Row measure(DocumentClusterer clusterer, LabelledCorpus corpus) {
    long start = System.nanoTime();
    List<String> predicted = clusterer.cluster(corpus.documents());
    double seconds = (System.nanoTime() - start) / 1e9;
    ClusteringScores s = ClusteringScores.score(corpus.labels(), predicted);
    return new Row(clusterer.name(), s, corpus.documents().size() / Math.max(seconds, 1e-9));
  }

  private static void printTable(List<Row> rows, int goldClusters, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "| method | B-cubed P | B-cubed R | B-cubed F1 | pairwise P | pairwise R | pairwise F1"
            + " | clusters (gold %d) | docs/s |%n",
        goldClusters);
    out.println("|---|---|---|---|---|---|---|---|---|");
    for (Row r : rows) {
      ClusteringScores s = r.scores();
      out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d | %.0f |%n",
          r.method(),
          s.bcubed().precision(),
          s.bcubed().recall(),
          s.bcubed().f1(),
          s.pairwise().precision(),
          s.pairwise().recall(),
          s.pairwise().f1(),
          s.predictedClusters(),
          r.docsPerSecond());
    }
  }

  private static Set<Carrot2Clusterer.Algorithm> parseAlgorithms(String value) {
    Set<Carrot2Clusterer.Algorithm> out = EnumSet.noneOf(Carrot2Clusterer.Algorithm.class);
    if (value.equals("none")) {
      return out;
    }
    for (String name : value.split(",", -1)) {
      switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "lingo":
          out.add(Carrot2Clusterer.Algorithm.LINGO);
          break;
        case "stc":
          out.add(Carrot2Clusterer.Algorithm.STC);
          break;
        case "kmeans":
          out.add(Carrot2Clusterer.Algorithm.BISECTING_KMEANS);
          break;
        default:
          throw new IllegalArgumentException(
              "--carrot2 takes lingo, stc, kmeans (comma-separated) or none: " + name);
      }
    }
    return out;
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
