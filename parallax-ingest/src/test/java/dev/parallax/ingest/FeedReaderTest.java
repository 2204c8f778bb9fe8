package dev.parallax.ingest;

import static dev.parallax.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());

  @TempDir Path dir;

  @Test
  void readsRssEntriesWithContentEncodedOrDescription() {
    Path file = write(dir, "feeds/wire.rss", Fixtures.RSS);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).hasSize(2);
    Article first = batch.articles.get(0);
    assertThat(first.title()).isEqualTo("Ceasefire talks continue");
    assertThat(first.text()).isEqualTo("First paragraph of the story.\n\nSecond paragraph here.");
    assertThat(first.url()).isEqualTo("https://www.wire.example.org/2020/02/ceasefire");
    assertThat(first.source()).isEqualTo("wire.example.org");
    assertThat(first.published()).isEqualTo(Instant.parse("2020-02-12T10:00:00Z"));
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.fields()).containsEntry("guid", "wire-1234");
    assertThat(first.id())
        .isEqualTo(Article.deriveId("wire.example.org", first.url(), first.title(), first.text()));
    assertThat(batch.articles.get(1).text())
        .isEqualTo("Stocks were little changed.\n\nBonds rose.");
    assertThat(batch.reasons())
        .containsExactly(file + ": entry 3 ('Empty entry') has no text; skipped");
  }

  @Test
  void fullArticlesInTheFeedGoThroughTheExtractorAndTeasersStayWhole() {
    Path file =
        write(
            dir,
            "feeds/full.rss",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Full Feed</title>
                <item><title>Bridge reopens</title><link>https://full.example/bridge</link>
                  <content:encoded><![CDATA[
                    <div class="share">Share on Facebook | Share on X</div>
                    <article><p>The Hollis River Bridge reopened to traffic on Friday after six
                    weeks of repairs to a cracked girder, state officials said.</p>
                    <p>Engineers replaced two steel plates and added sensors to the span.</p></article>
                    <ul class="related"><li><a href="/x">Related: ferry schedule changes</a></li></ul>
                  ]]></content:encoded></item>
                <item><title>Short teaser</title><link>https://full.example/teaser</link>
                  <description><![CDATA[<p>Council meets <b>tonight</b>.</p>]]></description></item>
              </channel>
            </rss>
            """);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).hasSize(2);
    assertThat(batch.articles.get(0).text())
        .startsWith("The Hollis River Bridge reopened")
        .contains("added sensors")
        .doesNotContain("Share on")
        .doesNotContain("Related:");
    assertThat(batch.articles.get(1).text()).isEqualTo("Council meets tonight.");
  }

  @Test
  void readsAtomAndTakesTheFeedTitleAsSourceWhenEntriesHaveNoLink() {
    Path file = write(dir, "feeds/daily.atom", Fixtures.ATOM);

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.source()).isEqualTo("Atom Daily");
    assertThat(a.url()).isNull();
    assertThat(a.text()).isEqualTo("Plain summary text of the entry.");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T18:30:02Z"));
  }

  @Test
  void anXmlFileThatIsNoFeedIsAProblem() {
    Path file = write(dir, "feeds/config.xml", "<?xml version=\"1.0\"?><config><a>1</a></config>");
    Path broken = write(dir, "feeds/broken.rss", "<rss><channel><item>");

    Batch batch = Batch.read(SOURCES, file, broken);

    assertThat(batch.articles).isEmpty();
    assertThat(batch.reasons()).hasSize(2);
    assertThat(batch.reasons().get(0)).startsWith(file + ": not a valid RSS or Atom feed");
    assertThat(batch.reasons().get(1)).startsWith(broken + ": not a valid RSS or Atom feed");
  }

  @Test
  void refusesDoctypesSoNoExternalEntityIsRead() throws Exception {
    Path secret = write(dir, "secret.txt", "TOP SECRET");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]><rss version=\"2.0\"><channel><title>t</title><item><title>i</title>"
            + "<link>https://e.com/1</link><description>&x;</description></item></channel></rss>";
    Path file = write(dir, "feeds/xxe.rss", xxe);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).extracting(Article::text).noneMatch(t -> t.contains("TOP SECRET"));
    assertThat(batch.report.total()).isEqualTo(1);
  }
}
