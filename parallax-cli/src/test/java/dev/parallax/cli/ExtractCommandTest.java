package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax extract} and {@code parallax eval extraction} on small hand-written pages. */
class ExtractCommandTest {
  @TempDir Path dir;

  static final String PARAGRAPH_1 =
      "The Lakemont council voted on Tuesday to rebuild the harbour wall after the winter storms"
          + " cracked it in three places, the mayor's office said.";
  static final String PARAGRAPH_2 =
      "Work is to start in May and cost about 4.2 million dollars, paid for by a state grant and"
          + " the town's reserve fund, according to the budget approved at the meeting.";

  static final String PAGE =
      """
      <html lang="en"><head><title>Council rebuilds harbour wall | Lakemont Herald</title>
      <meta property="og:title" content="Council rebuilds harbour wall">
      <meta property="article:published_time" content="2025-03-04T09:30:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="cookie-banner">We use cookies. <button>Accept all</button></div>
      <article><h1>Council rebuilds harbour wall</h1><p>%s</p><p>%s</p></article>
      <aside class="related"><ul><li><a href="/x">Related: ferry timetable</a></li></ul></aside>
      <footer>Copyright 2025 Lakemont Herald</footer></body></html>
      """
          .formatted(PARAGRAPH_1, PARAGRAPH_2);

  @Test
  void printsOneJsonObjectPerPageAndSaysWhenThereIsNoArticle() throws IOException {
    Path page = dir.resolve("pages/wall.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    Path gz = dir.resolve("pages/wall-copy.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Path empty = dir.resolve("pages/shop.html");
    Files.writeString(
        empty,
        "<html><body><nav><a href='/'>Home</a></nav><ul><li><a href='/p'>Product</a></li></ul>"
            + "</body></html>",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("extract", "--json", dir.resolve("pages").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    JsonNode shop = JsonOut.parse(lines[0]);
    assertThat(shop.get("file").asText()).endsWith("shop.html");
    assertThat(shop.get("article").asBoolean()).isFalse();
    assertThat(shop.get("text").asText()).isEmpty();
    for (String line : new String[] {lines[1], lines[2]}) {
      JsonNode page1 = JsonOut.parse(line);
      assertThat(page1.get("title").asText()).isEqualTo("Council rebuilds harbour wall");
      assertThat(page1.get("published").asText()).isEqualTo("2025-03-04T09:30:00Z");
      assertThat(page1.get("language").asText()).startsWith("en");
      assertThat(page1.get("article").asBoolean()).isTrue();
      assertThat(page1.get("text").asText()).isEqualTo(PARAGRAPH_1 + "\n\n" + PARAGRAPH_2);
    }
  }

  @Test
  void aMissingFileIsNamedAndTheExitCodeIsTwo() throws IOException {
    Path page = dir.resolve("wall.html");
    Files.writeString(page, PAGE, StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("extract", "--json", page.toString(), dir.resolve("nope.html").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.html");
    assertThat(run.out().strip().split("\n")).hasSize(1);
  }

  @Test
  void evalExtractionScoresABenchmarkDirectory() throws IOException {
    Path html = dir.resolve("bench/html");
    Files.createDirectories(html);
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(html.resolve("p1.html.gz")))) {
      out.write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(
        dir.resolve("bench/ground-truth.json"),
        "{\"p1\": {\"articleBody\": \"" + PARAGRAPH_1 + "\\n" + PARAGRAPH_2 + "\"}}",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("eval", "extraction", dir.resolve("bench").toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonOut.parse(run.out());
    assertThat(json.get("pages").asInt()).isEqualTo(1);
    assertThat(json.get("precision").asDouble()).isEqualTo(1.0);
    assertThat(json.get("recall").asDouble()).isEqualTo(1.0);
    assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("pages_per_second").asDouble()).isPositive();
  }
}
