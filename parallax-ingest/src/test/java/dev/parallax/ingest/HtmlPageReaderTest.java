package dev.parallax.ingest;

import static dev.parallax.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.ExtractedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReaderTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());

  @TempDir Path dir;

  @Test
  void readsOneArticlePerPage() {
    Path file = write(dir, "saved/page.html", Fixtures.ARTICLE_HTML);

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.title()).isEqualTo("Talks resume in Doha");
    assertThat(a.url()).isEqualTo("https://www.example.com/world/talks-resume");
    assertThat(a.source()).isEqualTo("example.com");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T09:30:00Z"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.fields()).containsEntry("author", "Jane Roe");
    assertThat(a.text()).doesNotContain("Subscribe", "Most read", "Copyright", "Podcasts");
    assertThat(a.id()).isEqualTo(Article.deriveId("example.com", a.url(), a.title(), a.text()));
  }

  @Test
  void withoutAnArticleElementTakesTheRichestParagraphContainer() {
    ExtractedPage page =
        SimpleHtmlExtractor.standard()
            .extract(
                """
                <html><head><title>Plain page</title></head><body>
                <div class="promo"><p>Short promo.</p></div>
                <div class="story">
                  <p>The first paragraph of the real story is long enough to win.</p>
                  <p>The second paragraph adds more.</p>
                </div>
                <div itemprop="datePublished" content="2021-03-04">March</div>
                <time datetime="2020-01-01">New year</time>
                </body></html>
                """,
                "https://news.example.net/p");

    assertThat(page.title()).isEqualTo("Plain page");
    assertThat(page.text())
        .isEqualTo(
            "The first paragraph of the real story is long enough to win.\n\nThe second paragraph adds more.");
    assertThat(page.published()).isEqualTo(Instant.parse("2021-03-04T00:00:00Z"));
    assertThat(page.canonicalUrl()).isNull();
  }

  @Test
  void titleFallsBackToH1AndDateToTimeElement() {
    ExtractedPage page =
        SimpleHtmlExtractor.standard()
            .extract(
                "<html><body><h1> Headline </h1><article><time datetime=\"2020-02-12 10:00\"></time>"
                    + "<p>Body.</p></article></body></html>",
                null);

    assertThat(page.title()).isEqualTo("Headline");
    assertThat(page.published()).isEqualTo(Instant.parse("2020-02-12T10:00:00Z"));
    assertThat(page.text()).isEqualTo("Body.");
  }

  @Test
  void aPageWithoutArticleTextIsAProblem() {
    Path file =
        write(
            dir,
            "saved/index.htm",
            "<html><body><nav><p>Home</p></nav><div>Nothing</div></body></html>");

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).isEmpty();
    assertThat(batch.reasons()).containsExactly(file + ": no article text found");
  }

  @Test
  void honoursADeclaredCharsetAndFallsBackToWindows1252() {
    String latin =
        "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 ouvert.</p></body></html>";
    Path declared = write(dir, "a/latin.html", latin.getBytes(StandardCharsets.ISO_8859_1));
    String undeclared = "<html><body>\n<p>Caf\u00e9 \u201cferm\u00e9\u201d.</p></body></html>";
    Path cp1252 =
        write(
            dir,
            "a/cp.html",
            undeclared.getBytes(java.nio.charset.Charset.forName("windows-1252")));

    Batch batch = Batch.read(SOURCES, declared, cp1252);

    assertThat(batch.articles)
        .extracting(Article::text)
        .containsExactly("Caf\u00e9 ouvert.", "Caf\u00e9 \u201cferm\u00e9\u201d.");
    assertThat(batch.reasons())
        .containsExactly(cp1252 + ":2: not valid UTF-8; read as windows-1252");
  }
}
