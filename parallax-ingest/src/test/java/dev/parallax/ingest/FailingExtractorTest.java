package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.HtmlExtractor;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A parser that breaks on one line of a JSONL file or one record of a WARC archive costs that line
 * or record, never the rest of the file; the sink's own failures still propagate as they are.
 */
class FailingExtractorTest {
  @TempDir Path dir;

  /** Extracts like the simple extractor, but throws on pages that say "boom". */
  private static final HtmlExtractor BREAKS_ON_BOOM =
      (html, url) -> {
        if (html.contains("boom")) {
          throw new IllegalStateException("extractor broke");
        }
        return SimpleHtmlExtractor.standard().extract(html, url);
      };

  private static final ArticleSources SOURCES = ArticleSources.standard(BREAKS_ON_BOOM);

  @Test
  void aLineThatBreaksTheExtractorIsThatLinesProblem() throws IOException {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        """
        {"id":"1","source":"A","html":"<html><body><article><p>boom goes the page</p></article></body></html>"}
        {"id":"2","source":"A","title":"Fine","text":"A perfectly fine article about the harbour."}
        {"id":"3","source":"A","html":"<html><body><article><p>Also fine, from HTML.</p></article></body></html>"}
        """,
        StandardCharsets.UTF_8);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).extracting(a -> a.id()).containsExactly("2", "3");
    assertThat(batch.reasons()).singleElement().asString().contains(file + ":1").contains("broke");
  }

  @Test
  void aRecordThatBreaksTheExtractorIsThatRecordsProblem() throws IOException {
    Path file = dir.resolve("crawl.warc");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.NONE)) {
      for (String[] page :
          new String[][] {
            {"https://a.example/1", "<html><body><article><p>boom</p></article></body></html>"},
            {
              "https://a.example/2",
              "<html><body><article><p>Second page.</p></article></body></html>"
            }
          }) {
        writer.write(
            new WarcResource.Builder(URI.create(page[0]))
                .date(Instant.parse("2020-02-13T06:00:00Z"))
                .body(MediaType.HTML, page[1].getBytes(StandardCharsets.UTF_8))
                .build());
      }
    }

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).extracting(a -> a.url()).containsExactly("https://a.example/2");
    assertThat(batch.reasons())
        .singleElement()
        .asString()
        .contains("crawl.warc@")
        .contains("broke");
  }

  @Test
  void theSinksOwnFailureStillPropagatesFromAWarc() throws IOException {
    Path file = dir.resolve("one.warc");
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.NONE)) {
      writer.write(
          new WarcResource.Builder(URI.create("https://a.example/ok"))
              .date(Instant.parse("2020-02-13T06:00:00Z"))
              .body(
                  MediaType.HTML,
                  "<html><body><article><p>Fine.</p></article></body></html>"
                      .getBytes(StandardCharsets.UTF_8))
              .build());
    }
    IllegalArgumentException mine = new IllegalArgumentException("the caller's own failure");
    assertThatThrownBy(
            () ->
                SOURCES.read(
                    java.util.List.of(file.toString()),
                    a -> {
                      throw mine;
                    },
                    dev.parallax.core.ProblemReport.collecting(),
                    n -> {}))
        .isSameAs(mine);
  }
}
