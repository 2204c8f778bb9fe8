package dev.parallax.ingest;

import static dev.parallax.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticleReaderTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());

  @TempDir Path dir;

  @Test
  void takesTheLeadingDateOfAScrapedFileAndKeepsTheDebrisInTheBody() {
    // Shaped like a real scraped specimen: a leading space, a date with template debris after it.
    Path file =
        write(
            dir,
            "aljazeera/rov-1.txt",
            """
             date 2020-02-12 %MINIFYHTML721c8ffcaa4820f04d5125416fd5336711% %MINIFYHTML721c8ffcaa4820f04d5125416fd5336712%

            An agreement between the United States and the Taliban is expected "very soon," the official said.

            "We have made significant progress," the Taliban official told Al Jazeera on Wednesday.
            """);

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T00:00:00Z"));
    assertThat(a.text())
        .startsWith(
            "%MINIFYHTML721c8ffcaa4820f04d5125416fd5336711% %MINIFYHTML721c8ffcaa4820f04d5125416fd5336712%\n\nAn agreement")
        .endsWith("told Al Jazeera on Wednesday.");
    assertThat(a.source()).isEqualTo("aljazeera");
    assertThat(a.origin()).isEqualTo(Origin.file(file.toString()));
    assertThat(a.title()).isNull();
    assertThat(a.id()).isEqualTo(Article.deriveId("aljazeera", null, null, a.text()));
  }

  @Test
  void aFileWithoutMetadataIsAllBody() {
    Path file =
        write(
            dir,
            "cnn/rov-2.txt",
            """
            The prospective deal is being described as a \u201creduction in violence announcement.\u201d

            Date of the talks was not announced.
            """);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.only().text())
        .startsWith("The prospective deal")
        .endsWith("was not announced.");
    assertThat(batch.only().published()).isNull();
    assertThat(batch.problems()).isEmpty();
  }

  @Test
  void readsEveryMetadataKeyWithoutABlankLine() {
    Path file =
        write(
            dir,
            "x/a.txt",
            """
            Title:   Markets rally\t
            published: 2020-02-12T10:00:00+02:00
            source: Example Times
            url: https://www.example.com/m
            author: Jane Roe
            language: en
            id: ext-42
            Stocks rose sharply on Wednesday.
            title: this line is body, metadata is over
            """);

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.title()).isEqualTo("Markets rally");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T08:00:00Z"));
    assertThat(a.source()).isEqualTo("Example Times");
    assertThat(a.url()).isEqualTo("https://www.example.com/m");
    assertThat(a.fields()).containsEntry("author", "Jane Roe");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.id()).isEqualTo("ext-42");
    assertThat(a.text())
        .isEqualTo("Stocks rose sharply on Wednesday.\ntitle: this line is body, metadata is over");
  }

  @Test
  void reportsAnUnparseableDateAndKeepsTheArticle() {
    Path file = write(dir, "x/a.txt", "date: sometime in spring\n\nBody.\n");

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.only().published()).isNull();
    assertThat(batch.reasons())
        .containsExactly(
            file + ":1: unparseable date 'sometime in spring'; article kept without a date");
  }

  @Test
  void readsWindows1252AndReportsTheFirstBadLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("title: Caf\u00e9 news\n\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "He said \u201chello\u201d.\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path file = write(dir, "x/a.txt", bytes.toByteArray());

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.only().title()).isEqualTo("Caf\u00e9 news");
    assertThat(batch.only().text()).isEqualTo("He said \u201chello\u201d.");
    assertThat(batch.reasons()).containsExactly(file + ":3: not valid UTF-8; read as windows-1252");
  }

  @Test
  void metadataWithoutBodyIsAProblem() {
    Path file = write(dir, "x/a.txt", "title: Only a title\n\n   \n");

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).isEmpty();
    assertThat(batch.reasons()).containsExactly(file + ": no article text");
  }
}
