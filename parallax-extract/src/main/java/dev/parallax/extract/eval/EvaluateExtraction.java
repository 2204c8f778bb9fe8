package dev.parallax.extract.eval;

import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores {@link ArticleExtractor} on a corpus laid out like the Zyte article-extraction benchmark
 * and prints precision, recall, F1 and pages per second (extraction only, one thread, after the
 * pages are read and decoded).
 *
 * <p>Usage: {@code EvaluateExtraction DIR [--pages] [--warmup]}; {@code --pages} also prints each
 * page's F1, precision, recall and key, worst first; {@code --warmup} first runs the corpus once
 * untimed, so pages/s is the JIT-compiled steady state rather than a cold start.
 */
public final class EvaluateExtraction {
  private EvaluateExtraction() {}

  /** The scores and speed of one run. */
  public record Result(ExtractionScores scores, double pagesPerSecond, List<PageResult> pages) {
    public Result {
      pages = List.copyOf(pages);
    }
  }

  /** One page's match and the time its extraction took. */
  public record PageResult(String key, ExtractionScores.PageMatch match, double millis) {}

  /** Extracts every page of {@code corpus} with {@code extractor} and scores the result. */
  public static Result run(ExtractionCorpus corpus, HtmlExtractor extractor) {
    List<PageResult> pages = new ArrayList<>();
    List<ExtractionScores.PageMatch> matches = new ArrayList<>();
    long total = 0;
    for (ExtractionCorpus.Page page : corpus.pages()) {
      long start = System.nanoTime();
      ExtractedPage extracted = extractor.extract(page.html(), page.url());
      long nanos = System.nanoTime() - start;
      total += nanos;
      ExtractionScores.PageMatch m = ExtractionScores.match(page.gold(), extracted.text());
      matches.add(m);
      pages.add(new PageResult(page.key(), m, nanos / 1e6));
    }
    double pagesPerSecond = pages.size() / Math.max(total / 1e9, 1e-9);
    return new Result(ExtractionScores.of(matches), pagesPerSecond, pages);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: EvaluateExtraction DIR [--pages]");
      System.exit(64);
    }
    List<String> options = List.of(args).subList(1, args.length);
    boolean perPage = options.contains("--pages");
    ExtractionCorpus corpus = ExtractionCorpus.read(Path.of(args[0]));
    if (options.contains("--warmup")) {
      run(corpus, ArticleExtractor.standard());
    }
    Result result = run(corpus, ArticleExtractor.standard());
    PrintStream out = System.out;
    if (perPage) {
      List<PageResult> sorted = new ArrayList<>(result.pages());
      sorted.sort((a, b) -> Double.compare(a.match().f1(), b.match().f1()));
      for (PageResult p : sorted) {
        out.printf(
            Locale.ROOT,
            "%.3f P %.3f R %.3f %6.1f ms %s%s%n",
            p.match().f1(),
            p.match().precision(),
            p.match().recall(),
            p.millis(),
            p.key(),
            p.match().f1() < 0.9 ? "  <--" : "");
      }
    }
    ExtractionScores s = result.scores();
    out.printf(
        Locale.ROOT,
        "pages %d  precision %.4f  recall %.4f  F1 %.4f  %.1f pages/s%n",
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1(),
        result.pagesPerSecond());
  }
}
