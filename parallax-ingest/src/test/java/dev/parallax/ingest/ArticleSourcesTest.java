package dev.parallax.ingest;

import static dev.parallax.ingest.Fixtures.write;
import static dev.parallax.ingest.Fixtures.writeGz;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());

  @TempDir Path dir;

  private static final String TXT =
      """
      title: Talks resume
      date: 2020-02-12

      Negotiators met again on Wednesday.
      """;
  private static final String JSONL =
      """
      {"id":"j1","url":"https://example.com/a","title":"A","text":"Alpha text."}
      {"id":"j2","url":"https://example.com/b","title":"B","text":"Beta text."}
      """;

  @Test
  void readsEveryFormatInADirectoryInSortedOrderSkippingHiddenEntries() throws IOException {
    write(dir, "corpus/b.jsonl", JSONL);
    write(dir, "corpus/a.txt", TXT);
    write(dir, "corpus/c/page.html", Fixtures.ARTICLE_HTML);
    write(dir, "corpus/d.rss", Fixtures.RSS);
    write(dir, "corpus/.hidden.txt", TXT);
    write(dir, "corpus/.git/x.jsonl", JSONL);

    Batch batch = Batch.read(SOURCES, dir.resolve("corpus"));

    assertThat(batch.articles)
        .extracting(Article::title)
        .containsExactly(
            "Talks resume",
            "A",
            "B",
            "Talks resume in Doha",
            "Ceasefire talks continue",
            "Markets steady");
    assertThat(batch.articles.get(0).origin())
        .isEqualTo(Origin.file(dir.resolve("corpus/a.txt").toString()));
    assertThat(batch.articles.get(1).origin())
        .isEqualTo(new Origin(dir.resolve("corpus/b.jsonl").toString(), 1));
    // the one problem: the feed entry without text
    assertThat(batch.reasons()).singleElement().asString().contains("Empty entry");
    assertThat(batch.bytes.get())
        .isEqualTo(ArticleSources.totalBytes(List.of(dir.resolve("corpus").toString())));
  }

  @Test
  void readsGzipOfEveryFormatByTheInnerName() {
    Path txt = writeGz(dir, "news/a.txt.gz", TXT);
    Path jsonl = writeGz(dir, "news/b.jsonl.gz", JSONL);
    Path ndjson = writeGz(dir, "news/b2.ndjson.gz", JSONL);
    Path html = writeGz(dir, "news/c.html.gz", Fixtures.ARTICLE_HTML);
    Path rss = writeGz(dir, "news/d.xml.gz", Fixtures.RSS);
    Path atom = writeGz(dir, "news/e.atom.gz", Fixtures.ATOM);

    Batch batch = Batch.read(SOURCES, txt, jsonl, ndjson, html, rss, atom);

    assertThat(batch.articles)
        .extracting(Article::title)
        .containsExactly(
            "Talks resume",
            "A",
            "B",
            "A",
            "B",
            "Talks resume in Doha",
            "Ceasefire talks continue",
            "Markets steady",
            "An atom entry");
    assertThat(batch.articles.get(1).origin()).isEqualTo(new Origin(jsonl.toString(), 1));
    assertThat(batch.bytes.get())
        .isEqualTo(
            ArticleSources.totalBytes(
                Arrays.stream(new Path[] {txt, jsonl, ndjson, html, rss, atom})
                    .map(Path::toString)
                    .toList()));
  }

  @Test
  void readsJsonLinesFromStdin() {
    Batch batch = Batch.stdin("{\"title\":\"From a pipe\",\"text\":\"Piped text.\"}\n");

    Article a = batch.only();
    assertThat(a.source()).isEqualTo("stdin");
    assertThat(a.origin()).isEqualTo(new Origin("-", 1));
    assertThat(a.id()).isEqualTo(Article.deriveId("stdin", null, "From a pipe", "Piped text."));
    assertThat(ArticleSources.totalBytes(List.of("-"))).isZero();
  }

  @Test
  void derivesSourceFromInputThenUrlHostThenFolder() {
    Path file =
        write(
            dir,
            "reuters-dump/x.jsonl",
            """
            {"source":"Reuters","url":"https://www.bbc.co.uk/news/1","text":"Given source wins."}
            {"url":"https://www.bbc.co.uk/news/2","text":"Host without www."}
            {"url":"not a url at all","text":"Folder when no host."}
            {"id":"keep-me","text":"Given id kept."}
            """);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles)
        .extracting(Article::source)
        .containsExactly("Reuters", "bbc.co.uk", "reuters-dump", "reuters-dump");
    assertThat(batch.articles.get(1).id())
        .isEqualTo(
            Article.deriveId(
                "bbc.co.uk", "https://www.bbc.co.uk/news/2", null, "Host without www."));
    assertThat(batch.articles.get(3).id()).isEqualTo("keep-me");
    assertThat(batch.problems()).isEmpty();
  }

  @Test
  void reportsMissingPathsUnsupportedAndEmptyFilesAndCarriesOn() {
    Path good = write(dir, "ok.txt", "Body of a fine article.");
    Path unsupported = write(dir, "notes.md", "# heading");
    Path empty = write(dir, "empty.jsonl", "");
    String missing = dir.resolve("nope.jsonl").toString();

    Batch batch =
        Batch.read(
            SOURCES, List.of(missing, unsupported.toString(), empty.toString(), good.toString()));

    assertThat(batch.only().text()).isEqualTo("Body of a fine article.");
    assertThat(batch.reasons())
        .containsExactly(
            missing + ": no such file or directory",
            unsupported
                + ": unsupported file type; expected .txt, .jsonl, .ndjson, .html, .htm, .rss,"
                + " .atom, .xml, .warc or .warc.gz (any of them may also be .gz)",
            empty + ": empty file");
  }

  @Test
  void skipsBinaryFilesAfterDecompression() {
    byte[] binary = new byte[100];
    binary[50] = 0;
    Arrays.fill(binary, 0, 50, (byte) 'x');
    Path plain = write(dir, "blob.txt", binary);
    Path gz = write(dir, "blob.jsonl.gz", Fixtures.gzip(binary));
    Path good = write(dir, "good.jsonl", JSONL);

    Batch batch = Batch.read(SOURCES, plain, gz, good);

    assertThat(batch.articles).hasSize(2);
    assertThat(batch.reasons())
        .containsExactly(plain + ": binary file; skipped", gz + ": binary file; skipped");
  }

  @Test
  void reportsCorruptAndTruncatedGzipAndCarriesOn() {
    Path notGzip = write(dir, "a.jsonl.gz", "this is not gzip data at all");
    StringBuilder many = new StringBuilder();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 5000; i++) {
      many.append("{\"text\":\"line ")
          .append(i)
          .append(' ')
          .append(random.nextLong())
          .append("\"}\n");
    }
    byte[] whole = Fixtures.gzip(many.toString().getBytes(StandardCharsets.UTF_8));
    Path truncated = write(dir, "b.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    Path good = write(dir, "c.jsonl", JSONL);

    Batch batch = Batch.read(SOURCES, notGzip, truncated, good);

    assertThat(batch.reasons()).hasSize(2);
    assertThat(batch.reasons().get(0)).startsWith(notGzip + ": corrupt or truncated gzip data");
    assertThat(batch.reasons().get(1)).startsWith(truncated + ": corrupt or truncated gzip data");
    // the articles before the damage are kept, and the next file is read
    assertThat(batch.articles)
        .filteredOn(a -> a.origin().file().equals(truncated.toString()))
        .isNotEmpty();
    assertThat(batch.articles.get(batch.articles.size() - 1).origin())
        .isEqualTo(new Origin(good.toString(), 2));
  }

  @Test
  void skipsA50MegabyteLineWithoutHoldingItAndReadsTheNextLine() throws IOException {
    Path big = dir.resolve("big.jsonl");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
      out.write("{\"text\":\"before\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"text\":\"after\"}\n".getBytes(StandardCharsets.UTF_8));
    }

    Batch batch = Batch.read(SOURCES, big);

    assertThat(batch.articles).extracting(Article::text).containsExactly("before", "after");
    assertThat(batch.articles.get(1).origin().line()).isEqualTo(3);
    assertThat(batch.reasons())
        .containsExactly(big + ":2: line is longer than 8388608 bytes; skipped");
    assertThat(batch.bytes.get()).isEqualTo(Files.size(big));
  }

  @Test
  void honoursSmallerLimits() {
    Path file =
        write(dir, "x.jsonl", "{\"text\":\"" + "b".repeat(100) + "\"}\n{\"text\":\"short\"}\n");
    Path page = write(dir, "p.html", Fixtures.ARTICLE_HTML);

    Batch batch = Batch.read(SOURCES.withLimits(new IngestLimits(64, 128)), file, page);

    assertThat(batch.only().text()).isEqualTo("short");
    assertThat(batch.reasons())
        .containsExactly(
            file + ":1: line is longer than 64 bytes; skipped",
            page + ": file is larger than 128 bytes; skipped");
  }

  @Test
  void limitsAreBoundedAndNamed() {
    assertThatThrownBy(() -> new IngestLimits(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLineBytes")
        .hasMessageContaining(": 0");
    assertThatThrownBy(() -> IngestLimits.defaults().withMaxFileBytes(-5))
        .hasMessageContaining("maxFileBytes");
    assertThat(IngestLimits.defaults().maxLineBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(IngestLimits.defaults().maxFileBytes()).isEqualTo(64 * 1024 * 1024);
  }

  @Test
  void sinkExceptionsPropagateUnwrapped() {
    Path file = write(dir, "x.jsonl", JSONL);
    IllegalStateException boom = new IllegalStateException("disk full");

    assertThatThrownBy(
            () ->
                SOURCES.read(
                    List.of(file.toString()),
                    a -> {
                      throw boom;
                    },
                    Batch.read(SOURCES, List.of()).report,
                    n -> {}))
        .isSameAs(boom);
  }

  @Test
  void keepsArticlesWithUnparseableDatesAndReportsThem() {
    Path file =
        write(
            dir,
            "d.jsonl",
            """
            {"published":"2020-02-12","text":"Date only."}
            {"published":"2020-02-12T10:15:30+01:00","text":"With offset."}
            {"date":"2020-02-12 10:15","text":"Space form, from the date field."}
            {"published":"Wed, 12 Feb 2020 10:00:00 GMT","text":"RFC 1123."}
            {"published":"last Tuesday","text":"Unparseable."}
            """);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles)
        .extracting(Article::published)
        .containsExactly(
            Instant.parse("2020-02-12T00:00:00Z"),
            Instant.parse("2020-02-12T09:15:30Z"),
            Instant.parse("2020-02-12T10:15:00Z"),
            Instant.parse("2020-02-12T10:00:00Z"),
            null);
    assertThat(batch.reasons())
        .containsExactly(file + ":5: unparseable date 'last Tuesday'; article kept without a date");
  }

  @Test
  void reportsUnreadableFiles() throws IOException {
    Path file = write(dir, "secret.txt", TXT);
    // As root, permissions cannot be taken away; the test then has nothing to check.
    assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file));
    Batch batch = Batch.read(SOURCES, file);
    assertThat(batch.articles).isEmpty();
    assertThat(batch.reasons()).containsExactly(file + ": cannot read: permission denied");
  }
}
