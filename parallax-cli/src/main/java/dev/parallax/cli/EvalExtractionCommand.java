package dev.parallax.cli;

import dev.parallax.extract.ArticleExtractor;
import dev.parallax.extract.eval.EvaluateExtraction;
import dev.parallax.extract.eval.ExtractionCorpus;
import dev.parallax.extract.eval.ExtractionScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval extraction DIR}: scores the HTML extractor on a corpus laid out like the
 * Zyte article-extraction benchmark.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts every page of DIR (html/KEY.html.gz and ground-truth.json mapping KEY to"
          + " {\"articleBody\": ...}) and prints the benchmark's shingle precision, recall and F1"
          + " and pages/s (one thread, extraction only)."
    })
final class EvalExtractionCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The corpus directory.")
  Path dir;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Option(names = "--warmup", description = "Run once untimed first (steady-state pages/s).")
  boolean warmup;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ExtractionCorpus corpus = ExtractionCorpus.read(dir);
    if (warmup) {
      EvaluateExtraction.run(corpus, ArticleExtractor.standard());
    }
    EvaluateExtraction.Result result = EvaluateExtraction.run(corpus, ArticleExtractor.standard());
    ExtractionScores s = result.scores();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pages", s.pages());
      m.put("precision", round(s.precision()));
      m.put("recall", round(s.recall()));
      m.put("f1", round(s.f1()));
      m.put("pages_per_second", Math.round(result.pagesPerSecond() * 10) / 10.0);
      Views.printJson(out, m);
    } else {
      out.printf(
          Locale.ROOT,
          "pages %d%nprecision %.4f  recall %.4f  F1 %.4f%n%.1f pages/s%n",
          s.pages(),
          s.precision(),
          s.recall(),
          s.f1(),
          result.pagesPerSecond());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
