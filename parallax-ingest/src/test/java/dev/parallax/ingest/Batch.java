package dev.parallax.ingest;

import dev.parallax.core.Article;
import dev.parallax.core.Problem;
import dev.parallax.core.ProblemReport;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One test run of {@link ArticleSources#read}: the articles, the problems and the bytes counted.
 */
final class Batch {
  final List<Article> articles = new ArrayList<>();
  final ProblemReport report = new ProblemReport(100_000, null);
  final AtomicLong bytes = new AtomicLong();

  static Batch read(ArticleSources sources, Path... paths) {
    List<String> names = new ArrayList<>();
    for (Path p : paths) {
      names.add(p.toString());
    }
    return read(sources, names);
  }

  static Batch read(ArticleSources sources, List<String> names) {
    Batch batch = new Batch();
    sources.read(names, batch.articles::add, batch.report, batch.bytes::addAndGet);
    return batch;
  }

  static Batch stdin(String jsonl) {
    ArticleSources sources =
        ArticleSources.standard(SimpleHtmlExtractor.standard())
            .withStdin(
                new ByteArrayInputStream(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return read(sources, List.of("-"));
  }

  List<Problem> problems() {
    return report.problems();
  }

  List<String> reasons() {
    return problems().stream().map(Problem::toString).toList();
  }

  Article only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles + "; problems " + reasons());
    }
    return articles.get(0);
  }
}
