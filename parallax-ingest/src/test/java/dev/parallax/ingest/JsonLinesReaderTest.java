package dev.parallax.ingest;

import static dev.parallax.ingest.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import dev.parallax.core.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  private static final ArticleSources SOURCES =
      ArticleSources.standard(SimpleHtmlExtractor.standard());

  @TempDir Path dir;

  @Test
  void readsKnownFieldsAndKeepsTheRest() {
    Path file =
        write(
            dir,
            "feed/a.jsonl",
            """
            {"id":"r-1","url":"https://www.reuters.com/x","source":"Reuters","published":"2020-02-12T10:00:00Z","title":"  Deal near  ","text":"  The text.  ","language":"en","section":"World","tags":["a","b"],"score":1.50,"draft":false,"editor":null}
            """);

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.id()).isEqualTo("r-1");
    assertThat(a.url()).isEqualTo("https://www.reuters.com/x");
    assertThat(a.source()).isEqualTo("Reuters");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T10:00:00Z"));
    assertThat(a.title()).isEqualTo("Deal near");
    assertThat(a.text()).isEqualTo("The text.");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.fields())
        .containsExactlyEntriesOf(
            new java.util.TreeMap<>(
                java.util.Map.of(
                    "section",
                    "World",
                    "tags",
                    "[\"a\",\"b\"]",
                    "score",
                    "1.50",
                    "draft",
                    "false",
                    "editor",
                    "null")));
    assertThat(a.origin()).isEqualTo(new Origin(file.toString(), 1));
  }

  @Test
  void extractsHtmlAndFillsGapsFromThePage() {
    String html = Fixtures.ARTICLE_HTML.replace("\"", "\\\"").replace("\n", "\\n");
    Path file = write(dir, "feed/a.jsonl", "{\"html\":\"" + html + "\",\"title\":\"Own title\"}\n");

    Article a = Batch.read(SOURCES, file).only();

    assertThat(a.title()).isEqualTo("Own title");
    assertThat(a.text())
        .isEqualTo(
            "Negotiators met again on Wednesday after a pause of two weeks.\n\n"
                + "Both sides said progress had been made on a reduction in violence.");
    assertThat(a.published()).isEqualTo(Instant.parse("2020-02-12T09:30:00Z"));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.url()).isEqualTo("https://www.example.com/world/talks-resume");
    assertThat(a.source()).isEqualTo("example.com");
  }

  @Test
  void reportsEachBadLineByFileAndLineAndCarriesOn() {
    Path file =
        write(
            dir,
            "feed/a.jsonl",
            """
            {"text":"one"}
            {"text": broken
            [1,2,3]

            {"title":"no text"}
            {"text":"   "}
            {"text":"two"} trailing
            {"text":["not","a","string"]}
            "just a string"
            {"text":"three"}
            """);

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles).extracting(Article::text).containsExactly("one", "three");
    assertThat(batch.articles).extracting(a -> a.origin().line()).containsExactly(1L, 10L);
    assertThat(batch.problems())
        .extracting(p -> p.where().line())
        .containsExactly(2L, 3L, 5L, 6L, 7L, 8L, 9L);
    assertThat(batch.problems())
        .allSatisfy(p -> assertThat(p.where().file()).isEqualTo(file.toString()));
    assertThat(batch.problems().get(0).reason()).startsWith("invalid JSON");
    assertThat(batch.problems().get(1).reason()).isEqualTo("not a JSON object; skipped");
    assertThat(batch.problems().get(2).reason()).isEqualTo("no text or html; skipped");
  }

  @Test
  void reportsADateFollowedByGarbageAndKeepsTheArticle() {
    Path file =
        write(dir, "feed/a.jsonl", "{\"published\":\"2020-01-01 garbage\",\"text\":\"T.\"}\n");

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.only().published()).isNull();
    assertThat(batch.reasons())
        .containsExactly(
            file + ":1: unparseable date '2020-01-01 garbage'; article kept without a date");
  }

  @Test
  void readsANonUtf8LineAsWindows1252AndReportsIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("{\"text\":\"caf\u00e9 in UTF-8\"}\r\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(
        "{\"text\":\"caf\u00e9 \u2013 cp1252\"}\r\n".getBytes(Charset.forName("windows-1252")));
    Path file = write(dir, "feed/a.jsonl", bytes.toByteArray());

    Batch batch = Batch.read(SOURCES, file);

    assertThat(batch.articles)
        .extracting(Article::text)
        .containsExactly("caf\u00e9 in UTF-8", "caf\u00e9 \u2013 cp1252");
    assertThat(batch.reasons()).containsExactly(file + ":2: not valid UTF-8; read as windows-1252");
  }

  @Test
  void randomMixesOfGoodAndBadLinesGiveOneArticleOrOneProblemPerLineInOrder() {
    long seed = 20200212L;
    System.out.println("JsonLinesReaderTest random seed: " + seed);
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      int lines = 1 + random.nextInt(200);
      StringBuilder jsonl = new StringBuilder();
      List<Boolean> good = new ArrayList<>();
      for (int i = 1; i <= lines; i++) {
        int kind = random.nextInt(6);
        switch (kind) {
          case 0, 1, 2 -> {
            jsonl
                .append("{\"id\":\"n")
                .append(i)
                .append("\",\"text\":\"line ")
                .append(i)
                .append("\"}");
            good.add(true);
          }
          case 3 -> {
            jsonl.append("{\"text\":\"cut off at ").append(i);
            good.add(false);
          }
          case 4 -> {
            jsonl.append("{\"title\":\"no text ").append(i).append("\"}");
            good.add(false);
          }
          default -> {
            jsonl.append("x".repeat(100 + random.nextInt(50)));
            good.add(false);
          }
        }
        jsonl.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      Path file = write(dir, "r/round" + round + ".jsonl", jsonl.toString());

      Batch batch = Batch.read(SOURCES.withLimits(new IngestLimits(90, 1 << 20)), file);

      String context = "seed " + seed + ", round " + round;
      assertThat(batch.articles.size() + batch.report.total()).as(context).isEqualTo(lines);
      List<Long> goodLines = new ArrayList<>();
      List<Long> badLines = new ArrayList<>();
      for (int i = 0; i < lines; i++) {
        (good.get(i) ? goodLines : badLines).add(i + 1L);
      }
      assertThat(batch.articles)
          .as(context)
          .extracting(a -> a.origin().line())
          .containsExactlyElementsOf(goodLines);
      assertThat(batch.articles)
          .as(context)
          .extracting(Article::id)
          .containsExactlyElementsOf(goodLines.stream().map(n -> "n" + n).toList());
      assertThat(batch.problems())
          .as(context)
          .extracting(Problem::where)
          .extracting(Origin::line)
          .containsExactlyElementsOf(badLines);
    }
  }
}
