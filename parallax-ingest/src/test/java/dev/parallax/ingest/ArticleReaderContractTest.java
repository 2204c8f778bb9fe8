package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.ProblemReport;
import dev.parallax.ingest.feed.FeedReader;
import dev.parallax.ingest.html.HtmlPageReader;
import dev.parallax.ingest.jsonl.JsonLinesReader;
import dev.parallax.ingest.text.TextArticleReader;
import dev.parallax.ingest.warc.WarcArticleReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link ArticleReader} promises: no article from empty input, the same result under
 * concurrent use.
 */
class ArticleReaderContractTest {
  private static final SimpleHtmlExtractor EXTRACTOR = SimpleHtmlExtractor.standard();
  private static final int LIMIT = 1 << 20;

  static Stream<Arguments> readers() {
    return Stream.of(
        Arguments.of(new TextArticleReader(LIMIT), "title: T\n\nSome body text.\n"),
        Arguments.of(
            new JsonLinesReader(EXTRACTOR, LIMIT), "{\"text\":\"a\"}\n{\"text\":\"b\"}\nbad\n"),
        Arguments.of(new HtmlPageReader(EXTRACTOR, LIMIT), Fixtures.ARTICLE_HTML),
        Arguments.of(new FeedReader(SimpleHtmlExtractor.standard(), LIMIT), Fixtures.RSS),
        Arguments.of(new WarcArticleReader(EXTRACTOR, LIMIT), oneRecordWarc()));
  }

  /** An uncompressed WARC holding one HTML resource record (WARC is text, so a String serves). */
  private static String oneRecordWarc() {
    try {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (org.netpreserve.jwarc.WarcWriter writer =
          new org.netpreserve.jwarc.WarcWriter(
              java.nio.channels.Channels.newChannel(bytes),
              org.netpreserve.jwarc.WarcCompression.NONE)) {
        writer.write(
            new org.netpreserve.jwarc.WarcResource.Builder(
                    java.net.URI.create("https://contract.example/page"))
                .date(java.time.Instant.parse("2020-02-13T06:00:00Z"))
                .body(
                    org.netpreserve.jwarc.MediaType.HTML,
                    Fixtures.ARTICLE_HTML.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build());
      }
      return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("readers")
  void emptyInputGivesNoArticle(ArticleReader reader, String sample) throws IOException {
    List<Article> articles = new ArrayList<>();
    reader.read(
        "empty", new ByteArrayInputStream(new byte[0]), articles::add, ProblemReport.collecting());
    assertThat(articles).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("readers")
  void concurrentUseGivesTheSameResult(ArticleReader reader, String sample) throws Exception {
    List<String> expected = run(reader, sample);
    assertThat(expected).as("the sample must hold articles, or this proves nothing").isNotEmpty();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> run(reader, sample)));
      }
      for (Future<List<String>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> run(ArticleReader reader, String sample) {
    List<String> out = new ArrayList<>();
    ProblemReport problems = ProblemReport.collecting();
    try {
      reader.read(
          "in/sample",
          new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)),
          a -> out.add(a.toString()),
          problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    problems.problems().forEach(p -> out.add(p.toString()));
    return out;
  }
}
