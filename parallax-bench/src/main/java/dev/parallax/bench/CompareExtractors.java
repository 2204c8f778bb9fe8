package dev.parallax.bench;

import dev.parallax.bench.extraction.BoilerpipeExtractor;
import dev.parallax.bench.extraction.ReadabilityExtractor;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.eval.EvaluateExtraction;
import dev.parallax.extract.eval.ExtractionCorpus;
import dev.parallax.extract.eval.ExtractionScores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code CompareExtractors DIR [--no-warmup]}: scores Parallax's {@link ArticleExtractor} and the
 * Boilerpipe and Readability4J baselines on an extraction corpus laid out like the Zyte
 * article-extraction benchmark ({@link ExtractionCorpus}), with the benchmark's metric ({@link
 * ExtractionScores}), and prints a table of method, precision, recall, F1, pages/s and failed
 * pages.
 *
 * <p>pages/s is the extraction call alone (pages are read and decoded first), one thread, after an
 * untimed warm-up pass over the corpus unless {@code --no-warmup}. A page on which a baseline
 * throws is scored as empty text and counted as failed. Exit code 0, 1 on a usage or I/O error.
 */
public final class CompareExtractors {
  private CompareExtractors() {}

  /** One row of the table. */
  record Row(String method, ExtractionScores scores, double pagesPerSecond, int failedPages) {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String dir = null;
    boolean warmup = true;
    for (String arg : args) {
      if (arg.equals("--no-warmup")) {
        warmup = false;
      } else if (arg.startsWith("--") || dir != null) {
        err.println("unexpected argument " + arg);
        dir = null;
        break;
      } else {
        dir = arg;
      }
    }
    if (dir == null) {
      err.println("usage: CompareExtractors DIR [--no-warmup]");
      return 1;
    }
    ExtractionCorpus corpus;
    try {
      corpus = ExtractionCorpus.read(Path.of(dir));
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot read " + dir + ": " + e.getMessage());
      return 1;
    }
    out.printf(Locale.ROOT, "%s: %d pages%n%n", dir, corpus.pages().size());

    ReadabilityExtractor readability = ReadabilityExtractor.standard();
    ReadabilityExtractor readabilityExtended = ReadabilityExtractor.extended();
    List<Row> rows = new ArrayList<>();
    rows.add(measure("Parallax ArticleExtractor", ArticleExtractor.standard(), corpus, warmup));
    rows.add(measure(BoilerpipeExtractor.NAME, new BoilerpipeExtractor(), corpus, warmup));
    rows.add(measure(readability.name(), readability, corpus, warmup));
    rows.add(measure(readabilityExtended.name(), readabilityExtended, corpus, warmup));
    printTable(rows, out);
    out.println();
    out.printf(
        Locale.ROOT,
        "pages/s: extraction only (reading and decoding excluded), one thread, %s.%n",
        warmup ? "after one untimed warm-up pass" : "cold JVM");
    out.flush();
    return 0;
  }

  static Row measure(
      String name, HtmlExtractor extractor, ExtractionCorpus corpus, boolean warmup) {
    if (warmup) {
      EvaluateExtraction.run(corpus, new FailureCounting(extractor));
    }
    FailureCounting counting = new FailureCounting(extractor);
    EvaluateExtraction.Result result = EvaluateExtraction.run(corpus, counting);
    return new Row(name, result.scores(), result.pagesPerSecond(), counting.failures);
  }

  static void printTable(List<Row> rows, PrintStream out) {
    out.println("| method | P | R | F1 | pages/s | failed pages |");
    out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %.4f | %.4f | %.4f | %.1f | %d |%n",
          r.method(),
          r.scores().precision(),
          r.scores().recall(),
          r.scores().f1(),
          r.pagesPerSecond(),
          r.failedPages());
    }
  }

  /**
   * Scores a page a baseline throws on as empty text, as the benchmark scores a missing answer, and
   * counts it. Confined to one thread.
   */
  private static final class FailureCounting implements HtmlExtractor {
    private final HtmlExtractor delegate;
    private int failures;

    FailureCounting(HtmlExtractor delegate) {
      this.delegate = delegate;
    }

    @Override
    public ExtractedPage extract(String html, String baseUrl) {
      try {
        return delegate.extract(html, baseUrl);
      } catch (RuntimeException e) {
        failures++;
        return new ExtractedPage(null, "", null, null, null, null);
      }
    }
  }
}
