package dev.parallax.bench.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticNewsStreamTest {
  private static String jsonLines(StreamConfig config) throws IOException {
    StringWriter out = new StringWriter();
    new SyntheticNewsStream(config).writeJsonLines(out);
    return out.toString();
  }

  @Test
  void sameSeedGivesTheSameBytesAndOtherSeedsDiffer() throws IOException {
    StreamConfig config = StreamConfig.defaults(1500, 42);
    String first = Article.sha256Hex(jsonLines(config));
    String second = Article.sha256Hex(jsonLines(config));
    String otherSeed = Article.sha256Hex(jsonLines(config.withSeed(43)));
    assertThat(second).isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void writesOneCompleteJsonObjectPerArticle() throws IOException {
    String text = jsonLines(StreamConfig.defaults(50, 1));
    String[] lines = text.split("\n", -1);
    assertThat(lines).hasSize(51);
    assertThat(lines[50]).isEmpty();
    assertThat(lines[0])
        .startsWith("{\"id\":\"syn00000001\",\"source\":\"")
        .contains("\"published\":\"", "\"title\":\"", "\"text\":\"", "\"event\":\"ev");
  }

  @Test
  void articlesComeInPublishedThenIdOrderWithEveryField() {
    List<SyntheticArticle> articles = new ArrayList<>();
    StreamStats stats =
        new SyntheticNewsStream(StreamConfig.defaults(3000, 5)).forEach(articles::add);
    assertThat(articles).hasSize(3000);
    assertThat(stats.articles()).isEqualTo(3000);
    for (int i = 1; i < articles.size(); i++) {
      SyntheticArticle previous = articles.get(i - 1);
      SyntheticArticle a = articles.get(i);
      assertThat(a.published()).isAfterOrEqualTo(previous.published());
      assertThat(a.id()).isGreaterThan(previous.id());
    }
    for (SyntheticArticle a : articles) {
      assertThat(a.event()).matches("ev\\d{6}-[a-z-]+");
      assertThat(a.title()).isNotBlank().doesNotContain("{");
      assertThat(a.text()).doesNotContain("{", "}");
      assertThat(a.url()).startsWith("https://www.").contains(".example/");
      int words = a.text().split("\\s+").length;
      assertThat(words).as(a.id()).isBetween(120, 400);
    }
  }

  @Test
  void eventSizesAreHeavyTailed() {
    Map<String, Integer> sizes = new HashMap<>();
    new SyntheticNewsStream(StreamConfig.defaults(20_000, 9))
        .forEach(a -> sizes.merge(a.event(), 1, Integer::sum));
    long once = sizes.values().stream().filter(n -> n == 1).count();
    long twentyPlus = sizes.values().stream().filter(n -> n >= 20).count();
    assertThat((double) once / sizes.size()).isGreaterThan(0.4);
    assertThat(twentyPlus).isGreaterThanOrEqualTo(5);
  }

  @Test
  void wireCopiesRepeatAnEarlierArticleOfTheirEvent() {
    Map<String, String> firstText = new HashMap<>();
    int[] copies = {0};
    new SyntheticNewsStream(StreamConfig.defaults(3000, 3))
        .forEach(
            a -> {
              String first = firstText.putIfAbsent(a.event(), a.text());
              if (first != null && a.text().startsWith(first)) {
                copies[0]++;
              }
            });
    assertThat(copies[0]).isGreaterThan(50);
  }

  @Test
  void sameKindEventsOverlapInTime() {
    StreamStats stats = new SyntheticNewsStream(StreamConfig.defaults(5000, 11)).forEach(a -> {});
    assertThat(stats.maxActiveEvents()).isGreaterThan(EventKind.values().length);
  }

  @Test
  void generatesLazilyAndHoldsOnlyActiveEvents() {
    // A 10-million-article stream: stopping after ten articles must be immediate.
    StreamConfig huge = StreamConfig.defaults(10_000_000, 1);
    RuntimeException stop = new RuntimeException("stop");
    int[] seen = {0};
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(
                    () ->
                        new SyntheticNewsStream(huge)
                            .forEach(
                                a -> {
                                  if (++seen[0] == 10) {
                                    throw stop;
                                  }
                                }))
                .isSameAs(stop));
    StreamStats stats = new SyntheticNewsStream(StreamConfig.defaults(20_000, 1)).forEach(a -> {});
    assertThat(stats.maxPendingArticles()).isLessThan(1_000);
  }

  @Test
  void writesToTheWriterIncrementally() {
    StreamConfig huge = StreamConfig.defaults(10_000_000, 1);
    IOException full = new IOException("disk full");
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw full;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> new SyntheticNewsStream(huge).writeJsonLines(failing))
                .isSameAs(full));
  }

  @Test
  void emptyStreamWritesNothing() throws IOException {
    assertThat(jsonLines(StreamConfig.defaults(0, 1))).isEmpty();
  }

  @Test
  void configRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> StreamConfig.defaults(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("articles");
    StreamConfig d = StreamConfig.defaults(10, 1);
    assertThatThrownBy(
            () -> new StreamConfig(10, 1, d.startDate(), 0.8, 60, 2.0, 4, 0.7, 0.5, 200, 120, 400))
        .hasMessageContaining("copyRate + rewriteRate");
    assertThatThrownBy(
            () -> new StreamConfig(10, 1, d.startDate(), 0.8, 60, 2.0, 4, 0.1, 0.1, 200, 300, 200))
        .hasMessageContaining("maxWords");
  }
}
