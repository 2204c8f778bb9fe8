package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web pages in a real browser: hostile article data never runs, and the pages show what they
 * should. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
  /** Each payload, if it ever ran, would set window.__pwned or change the page title. */
  static final List<String> PAYLOADS =
      List.of(
          "<script>window.__pwned='script';document.title='pwned'</script>",
          "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">",
          "<svg onload=\"window.__pwned='svg'\"></svg>",
          "\"><script>window.__pwned='attr'</script>",
          "'-alert(1)-'</title><script>window.__pwned='title'</script>",
          "<a href=\"javascript:window.__pwned='href'\">click</a>",
          "<iframe srcdoc=\"<script>parent.__pwned='iframe'</script>\"></iframe>");

  @TempDir static Path dir;
  static TestServer server;
  static Chromium chromium;
  static String hostileStory;

  @BeforeAll
  static void start() {
    chromium = Chromium.launch();
    server = TestServer.start(dir);
    server.ingest(Articles.sample());
    ArrayNode hostile = TestServer.JSON.createArrayNode();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      ObjectNode a =
          Articles.article(
              "evil-" + i,
              i == 0 ? "Evil <b>Outlet</b> " + p : "Evil Outlet " + i,
              "2024-06-01T10:0" + i + ":00Z",
              "Harbour gala " + p,
              "Harbour gala fireworks over the marina " + p + "\n\nSecond paragraph " + p,
              "en\"><script>window.__pwned='lang'</script>");
      a.put("url", i % 2 == 0 ? "javascript:window.__pwned='url'" : "JaVaScRiPt:window.__pwned=1");
      a.put("extra", p);
      hostile.add(a);
    }
    JsonNode result = server.ingest(hostile.toString());
    hostileStory = result.get("articles").get(0).get("story_id").asText();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void hostileDataNeverRunsOnAnyPage() {
    Page page = newPage();
    List<String> errors = consoleErrors(page);
    String search = URLEncoder.encode("gala " + PAYLOADS.get(1), StandardCharsets.UTF_8);
    String[][] visits = {
      {"/", "stories-list"},
      {"/stories/" + hostileStory, "story-hostile"},
      {"/articles/evil-1", "article-hostile"},
      {"/?q=" + search, "search-hostile"},
      {"/?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8), "search-invalid"},
    };
    for (String[] visit : visits) {
      page.navigate(server.uri(visit[0]).toString());
      page.waitForSelector("main > h1, #status.error");
      if (!visit[1].equals("search-invalid")) {
        assertThat(page.locator("#status.error").count()).as(visit[0]).isZero();
      } else {
        assertThat(page.locator("#status.error").textContent()).contains("not a valid query");
      }
      page.waitForTimeout(300); // give any (wrongly) injected handler time to fire
      assertThat(page.evaluate("() => window.__pwned === undefined")).as(visit[0]).isEqualTo(true);
      assertThat(page.title()).as(visit[0]).startsWith("Parallax").isNotEqualTo("pwned");
      assertThat(page.locator("script").count()).as("only the page's own script").isEqualTo(1);
      assertThat(page.locator("iframe, img, svg").count()).as(visit[0]).isZero();
      assertThat(page.locator("a[href^='javascript' i]").count()).as(visit[0]).isZero();
      page.screenshot(
          new Page.ScreenshotOptions()
              .setPath(Chromium.SCREENSHOTS.resolve(visit[1] + ".png"))
              .setFullPage(true));
    }
    // The payloads are shown, as text.
    page.navigate(server.uri("/articles/evil-0").toString());
    page.waitForSelector("section.text p");
    assertThat(page.locator("h1").textContent()).contains("<script>window.__pwned='script'");
    assertThat(errors).as("console errors (CSP violations show here)").isEmpty();
  }

  @Test
  void storyPageShowsSourcesSideBySideTimelineAndFoldedCopies() {
    String fireStory = server.getJson("/api/articles/fire-1").get("story_id").asText();
    Page page = newPage();
    page.navigate(server.uri("/stories/" + fireStory).toString());
    page.waitForSelector("section.timeline");
    assertThat(page.locator("h1").textContent()).isEqualTo("Fire at Northport harbour");
    assertThat(page.locator(".columns .column h3").allTextContents())
        .contains("Coast Gazette")
        .doesNotContain("Wire Service"); // the wire copy is folded under the Gazette's original
    assertThat(page.locator("section.timeline details.copies summary").first().textContent())
        .isEqualTo("1 copy of this article");
    page.locator("section.timeline details.copies summary").first().click();
    assertThat(page.locator("section.timeline details.copies .card").first().textContent())
        .contains("Wire Service")
        .contains("exact copy");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("story.png"))
            .setFullPage(true));
    page.navigate(server.uri("/articles/fire-2").toString());
    page.waitForSelector("dl.provenance");
    assertThat(page.locator("dl.provenance").textContent())
        .contains("exact copy")
        .contains("Coast Gazette: Fire at Northport harbour");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Chromium.SCREENSHOTS.resolve("article.png"))
            .setFullPage(true));
  }

  @Test
  void aPageOf500StoriesRendersQuickly() {
    Random random = new Random(42);
    System.out.println("BrowserTest seed 42");
    ArrayNode batch = TestServer.JSON.createArrayNode();
    for (int i = 0; i < 520; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 40; w++) {
        text.append(word(random)).append(' ');
      }
      batch.add(
          Articles.article(
              "many-" + i,
              "Outlet " + (i % 17),
              String.format(Locale.ROOT, "2023-%02d-%02dT12:00:00Z", 1 + i % 12, 1 + i % 28),
              "Story " + i + " " + word(random) + " " + word(random),
              text.toString(),
              "en"));
    }
    server.ingest(batch.toString());
    assertThat(server.getJson("/api/stories?limit=0").get("total").asInt())
        .isGreaterThanOrEqualTo(500);
    Page page = newPage();
    long start = System.nanoTime();
    page.navigate(server.uri("/?limit=500").toString());
    page.waitForSelector("ol.stories > li:nth-child(500)");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("a page of 500 stories rendered in " + millis + " ms");
    assertThat(page.locator("ol.stories > li").count()).isEqualTo(500);
    // How quick it is belongs to the benchmarks (docs/benchmarks.md), not to a timed unit test.
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("stories-500.png")));
  }

  private static String word(Random random) {
    StringBuilder w = new StringBuilder();
    int n = 4 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      w.append((char) ('a' + random.nextInt(26)));
    }
    return w.toString();
  }

  private static Page newPage() {
    return chromium.context.newPage();
  }

  private static List<String> consoleErrors(Page page) {
    List<String> errors = new ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error") && !m.text().contains("Failed to load resource")) {
            errors.add(m.text());
          }
        });
    page.onPageError(e -> errors.add("page error: " + e));
    return errors;
  }
}
