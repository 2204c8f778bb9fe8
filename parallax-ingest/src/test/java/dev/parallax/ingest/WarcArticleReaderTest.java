package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticleReaderTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());
  private static final Instant CRAWLED = Instant.parse("2020-02-13T06:00:00Z");

  @TempDir Path dir;

  private Path writeWarc(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter writer =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            compression)) {
      writer.write(
          response(
              "https://www.example.com/world/talks-resume",
              200,
              "text/html; charset=utf-8",
              Fixtures.ARTICLE_HTML));
      writer.write(
          response("https://www.example.com/logo.png", 200, "image/png", "\u0000PNG not really"));
      writer.write(response("https://www.example.com/gone", 404, "text/html", "<p>Not found</p>"));
      writer.write(
          response(
              "https://undated.example.org/story",
              200,
              "text/html",
              "<html><body><article><p>An undated story.</p></article></body></html>"));
      writer.write(
          new WarcResource.Builder(URI.create("https://res.example.net/page"))
              .date(CRAWLED)
              .body(
                  MediaType.HTML,
                  "<html><body><p>From a resource record.</p></body></html>"
                      .getBytes(StandardCharsets.UTF_8))
              .build());
      writer.write(
          new WarcResource.Builder(URI.create("https://res.example.net/data.json"))
              .date(CRAWLED)
              .body(MediaType.JSON, "{}".getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return file;
  }

  private static WarcResponse response(String url, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
  }

  @Test
  void readsHtmlResponsesAndResourcesAndSkipsEverythingElse() throws IOException {
    Path plain = writeWarc("crawl.warc", WarcCompression.NONE);
    Path gzipped = writeWarc("crawl.warc.gz", WarcCompression.GZIP);

    for (Path file : new Path[] {plain, gzipped}) {
      Batch batch = Batch.read(SOURCES, file);

      assertThat(batch.problems()).as(file.toString()).isEmpty();
      assertThat(batch.articles)
          .as(file.toString())
          .extracting(Article::url)
          .containsExactly(
              "https://www.example.com/world/talks-resume",
              "https://undated.example.org/story",
              "https://res.example.net/page");
      Article first = batch.articles.get(0);
      assertThat(first.title()).isEqualTo("Talks resume in Doha");
      assertThat(first.source()).isEqualTo("example.com");
      assertThat(first.published()).isEqualTo(Instant.parse("2020-02-12T09:30:00Z"));
      assertThat(first.text()).startsWith("Negotiators met again");
      assertThat(batch.articles.get(1).published()).isEqualTo(CRAWLED);
      assertThat(batch.articles.get(2).text()).isEqualTo("From a resource record.");
      assertThat(batch.bytes.get()).isEqualTo(Files.size(file));
    }
  }

  @Test
  void aCorruptArchiveIsOneProblemAndTheBatchGoesOn() throws IOException {
    Path warc = writeWarc("crawl.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(warc);
    Path broken =
        Fixtures.write(dir, "broken.warc", java.util.Arrays.copyOf(bytes, bytes.length - 200));
    Path garbage = Fixtures.write(dir, "garbage.warc", "this is no warc\n");
    Path next = Fixtures.write(dir, "next.jsonl", "{\"text\":\"still read\"}\n");

    Batch batch = Batch.read(SOURCES, broken, garbage, next);

    assertThat(batch.articles).extracting(Article::text).last().isEqualTo("still read");
    assertThat(batch.problems())
        .extracting(p -> p.where().file())
        .contains(broken.toString(), garbage.toString());
  }
}
