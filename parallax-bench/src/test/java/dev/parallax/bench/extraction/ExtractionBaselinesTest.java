package dev.parallax.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.HtmlExtractor;
import dev.parallax.extract.ArticleExtractor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionBaselinesTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><title>Harbour bridge reopens after repairs</title></head>
      <body>
        <nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
        <article>
          <h1>Harbour bridge reopens after repairs</h1>
          <p>The harbour bridge reopened to traffic on Monday morning after six weeks of repairs
          to its steel deck, the city's transport office said in a statement.</p>
          <p>Engineers replaced more than two hundred rusted bolts and resurfaced both lanes,
          working through the night to finish ahead of the school term.</p>
          <p>Commuters had faced detours of up to forty minutes while the crossing was closed,
          and local shops near the bridge reported a sharp fall in trade.</p>
        </article>
        <footer>Copyright 2024 The Harbour Times. All rights reserved.</footer>
      </body></html>
      """;

  /** Checks the adapters run and return the article; which boilerplate each keeps is not tested. */
  @Test
  void everyExtractorReturnsTheArticleText() {
    Map<String, HtmlExtractor> extractors =
        Map.of(
            "parallax", ArticleExtractor.standard(),
            "boilerpipe", new BoilerpipeExtractor(),
            "readability", ReadabilityExtractor.standard(),
            "readability-extended", ReadabilityExtractor.extended());
    extractors.forEach(
        (name, extractor) ->
            assertThat(extractor.extract(PAGE, "https://example.org/news/bridge").text())
                .as(name)
                .contains("reopened to traffic on Monday morning")
                .contains("two hundred rusted bolts"));
  }

  @Test
  void readabilityAcceptsAPageWithoutUrl() {
    assertThat(ReadabilityExtractor.standard().extract(PAGE, null).text())
        .contains("sharp fall in trade");
  }
}
