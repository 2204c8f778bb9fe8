package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.ExtractedPage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private static final String BODY =
      "<article><p>The city council voted on Tuesday to expand the tram network, a decision that"
          + " had been debated for more than three years by residents and planners.</p><p>"
          + "Construction is expected to begin next spring, and the first trams could run by 2027"
          + " if the regional government approves its share of the funding.</p></article>";

  private static ExtractedPage extract(String head, String body) {
    return ArticleExtractor.standard()
        .extract(
            "<html><head>" + head + "</head><body>" + body + BODY + "</body></html>",
            "https://example.org/news/");
  }

  @Test
  void readsJsonLd() {
    ExtractedPage page =
        extract(
            """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"City Daily"},
              {"@type":"NewsArticle","headline":"Council backs tram plan",
               "datePublished":"2024-05-04T09:30:00+02:00",
               "author":[{"@type":"Person","name":"Ana Lopez"},{"name":"Ben Ode"}],
               "inLanguage":"en-GB"}]}</script>
            """,
            "");
    assertThat(page.title()).isEqualTo("Council backs tram plan");
    assertThat(page.published()).isEqualTo(Instant.parse("2024-05-04T07:30:00Z"));
    assertThat(page.authors()).containsExactly("Ana Lopez", "Ben Ode");
    assertThat(page.language()).isEqualTo("en-GB");
  }

  @Test
  void prefersOpenGraphAndCutsTheSiteFromTheTitleElement() {
    assertThat(
            extract(
                    "<title>Council backs tram plan | City Daily</title>"
                        + "<meta property=\"og:title\" content=\"Tram plan approved\">",
                    "")
                .title())
        .isEqualTo("Tram plan approved");
    assertThat(extract("<title>Council backs tram plan | City Daily</title>", "").title())
        .isEqualTo("Council backs tram plan");
  }

  @Test
  void readsDatesFromMetaTagsAndTimeElements() {
    assertThat(
            extract("<meta property=\"article:published_time\" content=\"2024-05-04T10:00Z\">", "")
                .published())
        .isEqualTo(Instant.parse("2024-05-04T10:00:00Z"));
    assertThat(extract("", "<time datetime=\"2024-05-04 08:15\">May 4</time>").published())
        .as("no zone means UTC")
        .isEqualTo(Instant.parse("2024-05-04T08:15:00Z"));
    assertThat(extract("<meta name=\"dc.date\" content=\"2024-05-04\">", "").published())
        .isEqualTo(Instant.parse("2024-05-04T00:00:00Z"));
    assertThat(extract("<meta name=\"date\" content=\"not a date\">", "").published()).isNull();
  }

  @Test
  void readsAuthorsFromMetaAndBylines() {
    assertThat(extract("<meta name=\"author\" content=\"Ana Lopez\">", "").authors())
        .containsExactly("Ana Lopez");
    assertThat(extract("", "<a rel=\"author\" href=\"/ana\">Ana Lopez</a>").authors())
        .containsExactly("Ana Lopez");
    assertThat(extract("", "<span class=\"byline\">By Ben Ode</span>").authors())
        .containsExactly("Ben Ode");
  }

  @Test
  void readsLanguageAndGuessesWhenUndeclared() {
    ExtractedPage declared =
        ArticleExtractor.standard().extract("<html lang=\"de_DE\"><body>" + BODY, null);
    assertThat(declared.language()).isEqualTo("de-DE");
    assertThat(extract("<meta property=\"og:locale\" content=\"fr_FR\">", "").language())
        .isEqualTo("fr-FR");
    assertThat(extract("", "").language()).as("guessed from the English text").isEqualTo("en");
  }

  @Test
  void readsTheCanonicalUrlAbsolute() {
    assertThat(extract("<link rel=\"canonical\" href=\"/news/tram-plan\">", "").canonicalUrl())
        .isEqualTo("https://example.org/news/tram-plan");
    assertThat(
            extract("<meta property=\"og:url\" content=\"https://example.org/t\">", "")
                .canonicalUrl())
        .isEqualTo("https://example.org/t");
  }

  @Test
  void missingMetadataIsNull() {
    ExtractedPage page = ArticleExtractor.standard().extract("<p>hello</p>", null);
    assertThat(page.title()).isNull();
    assertThat(page.published()).isNull();
    assertThat(page.authors()).isEmpty();
    assertThat(page.canonicalUrl()).isNull();
    assertThat(page.text()).isEmpty();
  }
}
