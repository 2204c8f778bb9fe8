package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.ExtractedPage;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();

  private static final String P1 =
      "The city council voted on Tuesday to expand the tram network, a decision that had been"
          + " debated for more than three years by residents, planners and local businesses.";
  private static final String P2 =
      "Supporters said the new line would cut commuting times in half, while critics argued that"
          + " the budget, now estimated at 400 million euros, would crowd out other projects.";
  private static final String P3 =
      "Construction is expected to begin next spring, and the first trams could run by 2027 if"
          + " the regional government approves its share of the funding in the autumn.";

  private static String page(String before, String inArticle, String after) {
    return """
        <html><head><title>Council backs tram plan | City Daily</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
        %s
        <article>
          <h1>Council backs tram plan</h1>
          <p>%s</p>
          %s
          <p>%s</p>
          <p>%s</p>
        </article>
        %s
        <footer><p>© 2024 City Daily. All rights reserved.</p></footer>
        </body></html>
        """
        .formatted(before, P1, inArticle, P2, P3, after);
  }

  private static ExtractedPage extract(String html) {
    return EXTRACTOR.extract(html, "https://example.org/news/tram");
  }

  @Test
  void keepsTheArticleParagraphsSeparatedByBlankLines() {
    ExtractedPage page = extract(page("", "", ""));
    assertThat(page.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    assertThat(page.hasArticle()).isTrue();
    assertThat(page.title()).isEqualTo("Council backs tram plan");
  }

  @Test
  void dropsACommentSection() {
    String comments =
        """
        <section id="comments" class="comments-area"><h3>42 comments</h3><ol class="comment-list">
        <li class="comment"><p>I have lived here for thirty years and this is the worst idea the
        council has had, mark my words, it will never be finished on time or on budget.</p></li>
        <li class="comment"><p>Finally some good news for those of us who cycle to work every day,
        though I do wonder how the trams will share the narrow streets of the old town.</p></li>
        </ol></section>
        """;
    ExtractedPage page = extract(page("", "", comments));
    assertThat(page.text()).contains(P1, P3).doesNotContain("thirty years", "cycle to work");
  }

  @Test
  void dropsACookieBanner() {
    String banner =
        """
        <div class="cookie-consent"><p>We use cookies and similar technologies to improve your
        experience, measure our audience and show you personalised advertising. By clicking
        Accept you agree to this use, which you can change at any time in your settings.</p>
        <button>Accept</button></div>
        """;
    ExtractedPage page = extract(page(banner, "", ""));
    assertThat(page.text()).contains(P1).doesNotContain("cookies");
  }

  @Test
  void dropsARelatedLinksList() {
    String related =
        """
        <div class="related-stories"><h2>Read more</h2><ul>
        <li><a href="/a">Bus fares to rise in January after years of freeze</a></li>
        <li><a href="/b">Mayor promises new cycle lanes across the city centre</a></li>
        <li><a href="/c">Old tram depot to become a museum of public transport</a></li>
        </ul></div>
        """;
    ExtractedPage page = extract(page("", related, related));
    assertThat(page.text()).contains(P1, P2).doesNotContain("Bus fares", "Read more");
  }

  @Test
  void dropsCaptionsAndImageCredits() {
    String figure =
        """
        <figure><img src="tram.jpg" alt="A tram"><figcaption>A tram in the old town on Monday.
        Photo: Jane Doe / City Daily</figcaption></figure>
        """;
    ExtractedPage page = extract(page("", figure, ""));
    assertThat(page.text()).contains(P1, P2).doesNotContain("Jane Doe", "old town on Monday");
  }

  @Test
  void keepsAnEmbeddedTweetAsAQuotedParagraph() {
    String tweet =
        """
        <div class="social-embed"><blockquote class="twitter-tweet"><p lang="en">Big day for the
        city: the tram extension is approved!</p>&mdash; Jane Mayor (@janemayor)
        <a href="https://twitter.com/janemayor/status/1">May 4, 2024</a></blockquote></div>
        """;
    ExtractedPage page = extract(page("", tweet, ""));
    assertThat(page.text())
        .contains(
            "\n\n\u201cBig day for the city: the tram extension is approved! \u2014 Jane Mayor"
                + " (@janemayor) May 4, 2024\u201d\n\n")
        .contains(P1, P2, P3);
  }

  @Test
  void returnsNoBodyForAPageWithoutAnArticle() {
    String html =
        """
        <html><head><title>City Daily - Sections</title></head><body>
        <header><a href="/">City Daily</a></header>
        <ul class="menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
        <li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul>
        <div class="teasers"><a href="/1">Council backs tram plan</a>
        <a href="/2">Storm expected this weekend</a><a href="/3">Local team wins cup</a></div>
        <p>Sign in</p>
        </body></html>
        """;
    ExtractedPage page = extract(html);
    assertThat(page.text()).isEmpty();
    assertThat(page.hasArticle()).isFalse();
  }

  @Test
  void readsBrokenMarkup() {
    String html =
        "<html><body><div class=content><p>"
            + P1
            + "<p>"
            + P2
            + "<div><b>unclosed <i>tags <p>"
            + P3
            + "</span></td></body>";
    ExtractedPage page = EXTRACTOR.extract(html, null);
    assertThat(page.text()).contains(P1, P2, P3);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard; speed is benchmarked
  void extractsAHugePageInBoundedTime() {
    StringBuilder html = new StringBuilder(21_000_000);
    html.append("<html><head><title>Huge</title></head><body><article>");
    html.append("<p>").append(P1).append("</p><p>").append(P2).append("</p>");
    html.append("</article><div class=\"sidebar\"><ul>");
    int i = 0;
    while (html.length() < 20_000_000) {
      html.append("<li><a href=\"/item/").append(i).append("\">Item ").append(i++);
      html.append("</a> <span>filler text for the list</span></li>\n");
      if (i % 1000 == 0) {
        html.append("<script>var x = '").append("x".repeat(2000)).append("';</script>");
      }
    }
    html.append("</ul></div></body></html>");
    assertThat(html.length()).isGreaterThanOrEqualTo(20_000_000);
    ExtractedPage page = EXTRACTOR.extract(html.toString(), null);
    assertThat(page.text()).contains(P1, P2).doesNotContain("filler text");
  }

  @Test
  void keepsTheArticleUnderRandomlyArrangedBoilerplate() {
    long seed = 20240504L;
    System.out.println("ArticleExtractorTest random seed " + seed);
    Random random = new Random(seed);
    String[] furniture = {
      "<div class=\"newsletter\"><p>Sign up for our newsletter to get the best stories of the"
          + " day delivered to your inbox every morning, free of charge.</p></div>",
      "<aside><h3>Most read</h3><ol><li><a href=\"/x\">Storm hits the coast overnight</a></li>"
          + "<li><a href=\"/y\">Prices rise again in March</a></li></ol></aside>",
      "<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>",
      "<div class=\"ad-slot\"><p>Advertisement</p></div>",
      "<div id=\"cookie-notice\"><p>This site uses cookies to personalise content and ads and to"
          + " analyse our traffic. Accept to continue.</p></div>",
    };
    for (int round = 0; round < 50; round++) {
      StringBuilder before = new StringBuilder();
      StringBuilder inside = new StringBuilder();
      StringBuilder after = new StringBuilder();
      for (String f : furniture) {
        StringBuilder target =
            switch (random.nextInt(3)) {
              case 0 -> before;
              case 1 -> inside;
              default -> after;
            };
        if (random.nextBoolean()) {
          target.append(f);
        }
      }
      ExtractedPage page = extract(page(before.toString(), inside.toString(), after.toString()));
      assertThat(page.text())
          .as("round %d", round)
          .isEqualTo(String.join("\n\n", P1, P2, P3).toString().formatted(Locale.ROOT));
    }
  }

  @Test
  void isUsableFromManyThreads() throws Exception {
    String html = page("", "", "");
    String expected = extract(html).text();
    Thread[] threads = new Thread[4];
    String[] results = new String[threads.length];
    for (int t = 0; t < threads.length; t++) {
      int slot = t;
      threads[t] = new Thread(() -> results[slot] = extract(html).text());
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(results).containsOnly(expected);
  }
}
