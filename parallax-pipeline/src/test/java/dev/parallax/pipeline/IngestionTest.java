package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Origin;
import dev.parallax.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
  @TempDir Path dir;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** A stream of articles about a few events, with some wire copies, from a fixed seed. */
  static List<Article> stream(long seed) {
    System.out.println("IngestionTest stream seed " + seed);
    Random random = new Random(seed);
    String[][] events = {
      {"Millbrook", "Ashcroft Logistics warehouse", "fire", "Chief Dana Whitlow"},
      {"Carver Falls", "Pellman Paper depot", "fire", "Chief Rafael Ortiz"},
      {"Port Elwin", "city bus network", "strike", "union leader Mara Quist"},
      {"Redfield", "First Redfield Savings Bank", "robbery", "Detective Ana Brook"},
    };
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String[] e = events[random.nextInt(events.length)];
      int n = 3 + random.nextInt(40);
      String text =
          String.format(
              java.util.Locale.ROOT,
              "%s — The %s at the %s left %d people affected, %s said on day %d. Residents of %s"
                  + " described the %s as the worst in years. %s promised a full inquiry.",
              e[0].toUpperCase(java.util.Locale.ROOT),
              e[2],
              e[1],
              n,
              e[3],
              i % 5,
              e[0],
              e[2],
              e[3]);
      if (i > 0 && random.nextInt(5) == 0) {
        Article earlier = out.get(random.nextInt(out.size()));
        text = earlier.text() + " Copied by outlet " + i + ".";
      }
      out.add(
          new Article(
              "id" + i,
              "Outlet " + (i % 6),
              null,
              Instant.parse("2025-03-01T00:00:00Z").plusSeconds(3600L * i),
              null,
              text,
              null,
              null,
              new Origin("stream.jsonl", i + 1)));
    }
    return out;
  }

  /**
   * Ingests {@code articles} into the store in {@code storeDir} in runs of {@code runSize}, each
   * run opening the store and the ingest path afresh (as separate CLI calls do).
   */
  private static Map<String, Assignment> ingestInRuns(
      Path storeDir, List<Article> articles, int runSize) {
    Map<String, Assignment> out = new LinkedHashMap<>();
    for (int from = 0; from < articles.size(); from += runSize) {
      try (ArticleStore store = ArticleStore.open(storeDir);
          Ingestion ingestion =
              Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
        for (Article a : articles.subList(from, Math.min(articles.size(), from + runSize))) {
          out.put(a.id(), ingestion.add(a).orElseThrow());
        }
      }
    }
    return out;
  }

  @Test
  void oneAtATimeWithRestartsEqualsAllAtOnce() {
    List<Article> articles = stream(11);
    Map<String, Assignment> batch = ingestInRuns(dir.resolve("batch"), articles, articles.size());
    Map<String, Assignment> online = ingestInRuns(dir.resolve("online"), articles, 1);
    assertThat(online).isEqualTo(batch);
    assertThat(batch.values().stream().map(Assignment::storyId).distinct().count())
        .isGreaterThan(1);
  }

  private static long originals(Map<String, Assignment> assigned) {
    return assigned.values().stream().filter(a -> a.copyKind() == CopyKind.ORIGINAL).count();
  }

  @Test
  void analysesAreStoredWithTheirArticlesAndOneFailureSkipsOnlyItsArticle() {
    List<Article> articles = stream(7);
    AnalysisStage stage =
        a -> {
          if (a.id().equals("id3")) {
            throw new IllegalStateException("cannot analyse " + a.id());
          }
          return "words=" + a.text().split(" ").length;
        };
    Map<String, Assignment> assigned = new LinkedHashMap<>();
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK, stage)) {
      for (Article a : articles) {
        assigned.put(a.id(), ingestion.add(a).orElseThrow());
      }
      ingestion.commit();
      assertThat(assigned.get("id3").copyKind())
          .as("the failing article")
          .isEqualTo(CopyKind.ORIGINAL);
      assertThat(originals(assigned)).as("the stream has copies").isLessThan(articles.size());
      // The analysed articles are counted in the store below: every original but id3.
      assertThat(ingestion.summary(0).analysisFailures()).isEqualTo(1);
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      Map<String, String> all = new java.util.HashMap<>();
      for (String story :
          new java.util.TreeSet<>(assigned.values().stream().map(Assignment::storyId).toList())) {
        all.putAll(store.analyses(story));
      }
      assertThat(all).hasSize((int) originals(assigned) - 1).doesNotContainKey("id3");
      assertThat(all.keySet())
          .as("copies and rewrites are not analysed")
          .allMatch(id -> assigned.get(id).copyKind() == CopyKind.ORIGINAL);
      assertThat(all.get("id0"))
          .isEqualTo(
              "words=" + store.article("id0").orElseThrow().article().text().split(" ").length);
    }
    // Analysis does not change where articles go.
    assertThat(ingestInRuns(dir.resolve("plain"), articles, articles.size())).isEqualTo(assigned);
  }

  @Test
  void alreadyStoredArticlesAreSkippedAndCounted() {
    List<Article> articles = stream(5).subList(0, 10);
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
      articles.forEach(ingestion::add);
    }
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
      for (Article a : articles) {
        assertThat(ingestion.add(a)).isEmpty();
      }
      IngestSummary summary = ingestion.summary(0);
      assertThat(summary.read()).isEqualTo(10);
      assertThat(summary.alreadyStored()).isEqualTo(10);
      assertThat(summary.stored()).isZero();
      assertThat(store.articleCount()).isEqualTo(10);
    }
  }

  @Test
  void storesCleanedTextAndCountsRepairs() {
    Article noisy =
        new Article(
            "n1",
            "Wire",
            null,
            null,
            "Talks ,quot;resume,quot;",
            "%MINIFYHTML4f2a9c01b3d5e6f708% Officials said talks would &quot;resume&quot; soon.",
            null,
            null,
            Origin.file("n.txt"));
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
      ingestion.add(noisy);
      ingestion.commit();
      IngestSummary summary = ingestion.summary(0);
      assertThat(summary.repairs())
          .containsKey("minifier-placeholder")
          .containsKey("broken-entity");
      List<String> texts = new ArrayList<>();
      store.forEach(s -> texts.add(s.article().title() + " | " + s.article().text()));
      assertThat(texts)
          .containsExactly("Talks \"resume\" | Officials said talks would \"resume\" soon.");
    }
  }

  /**
   * A stream where every article shares a template (as templated local news does), so the
   * assigner's adaptive threshold rises above its floor: restarts must keep that state.
   */
  static List<Article> templatedStream(long seed, int n) {
    System.out.println("IngestionTest templated stream seed " + seed);
    Random random = new Random(seed);
    String[] template = {
      "Police said the fire broke out late on Tuesday night near the old market.",
      "Residents were evacuated as crews fought the flames for several hours.",
      "Officials urged people to keep windows closed because of the thick smoke.",
      "The cause of the blaze is not yet known and an investigation has begun.",
      "Several roads were closed and buses were diverted around the area.",
      "Neighbours described hearing loud bangs before the flames spread quickly.",
      "A spokesperson said an update would be given at a briefing on Wednesday.",
      "The building had been empty for months according to local records.",
      "Firefighters from three nearby stations were called to help.",
      "Power was cut to dozens of homes while engineers made the site safe.",
      "Insurance assessors are expected to visit the scene later this week.",
      "The council said it would offer temporary shelter to those affected."
    };
    String[] first = {"Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Ida", "Jon", "Kit"};
    String[] last = {"Reyes", "Okafor", "Lind", "Marsh", "Quist", "Brook", "Varga", "Chen"};
    String[] streets = {"Mill", "Quarry", "Harbour", "Station", "Church", "Bridge", "Oak", "Elm"};
    String[] places = {"school hall", "library", "sports centre", "church", "town hall"};
    List<Article> out = new ArrayList<>();
    int event = 0;
    String[] e = null;
    for (int i = 0; i < n; i++) {
      if (e == null || random.nextInt(3) == 0) {
        event++;
        e =
            new String[] {
              "Town" + (char) ('a' + event % 26) + (char) ('a' + event / 26) + "ville",
              first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)],
              streets[random.nextInt(streets.length)] + " Street",
              Integer.toString(10 + random.nextInt(400)),
              places[random.nextInt(places.length)],
              first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)]
            };
      }
      List<String> sentences = new ArrayList<>(List.of(template));
      java.util.Collections.shuffle(sentences, random);
      String text =
          "Fire chief "
              + e[1]
              + " said the fire on "
              + e[2]
              + " in "
              + e[0]
              + " was under control. "
              + sentences.get(0)
              + " About "
              + e[3]
              + " residents of "
              + e[0]
              + " spent the night in the "
              + e[4]
              + ", mayor "
              + e[5]
              + " said. "
              + sentences.get(1)
              + " "
              + e[5]
              + " thanked "
              + e[1]
              + " and the crews on "
              + e[2]
              + ". Report "
              + (i % 7)
              + " from the "
              + e[0]
              + " desk.";
      out.add(
          new Article(
              "t" + i,
              "Outlet " + (i % 5),
              null,
              Instant.parse("2025-03-01T00:00:00Z").plusSeconds(600L * i),
              "Fire on " + e[2] + " in " + e[0],
              text,
              null,
              null,
              new Origin("t.jsonl", i + 1)));
    }
    return out;
  }

  @Test
  void restartsKeepTheAdaptiveThreshold() {
    List<Article> articles = templatedStream(3, 200);
    Map<String, Assignment> batch = new LinkedHashMap<>();
    double background;
    try (ArticleStore store = ArticleStore.open(dir.resolve("batch"));
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
      for (Article a : articles) {
        batch.put(a.id(), ingestion.add(a).orElseThrow());
      }
      background = ingestion.backgroundSimilarity();
      assertThat(ingestion.joinThreshold())
          .as("the stream lifts the threshold above its floor, so restarts must keep it")
          .isGreaterThan(ClusterConfig.defaults().minStorySimilarity());
    }
    try (ArticleStore store = ArticleStore.open(dir.resolve("batch"));
        Ingestion ingestion =
            Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK)) {
      assertThat(ingestion.backgroundSimilarity()).as("after a restart").isEqualTo(background);
    }
    Map<String, Assignment> chunked = ingestInRuns(dir.resolve("chunked"), articles, 10);
    assertThat(chunked).isEqualTo(batch);
  }

  @Test
  void restartsGiveTheSameAssignmentsForSubMillisecondDates() {
    // The store keeps dates to the millisecond; the assigner must see the same date in both runs.
    String text =
        "MILLBROOK — The fire at the Ashcroft Logistics warehouse left 12 people affected, Chief"
            + " Dana Whitlow said. Residents described the fire as the worst in years.";
    List<Article> articles =
        List.of(
            new Article(
                "a1",
                "Outlet 1",
                null,
                Instant.parse("2025-03-01T00:00:00.000900Z"),
                null,
                text,
                null,
                null,
                new Origin("s.jsonl", 1)),
            new Article(
                "a2",
                "Outlet 2",
                null,
                Instant.parse("2025-03-09T00:00:00Z"),
                null,
                text.replace("12 people", "fourteen residents") + " An inquiry was promised.",
                null,
                null,
                new Origin("s.jsonl", 2)));
    Map<String, Assignment> batch = ingestInRuns(dir.resolve("batch"), articles, articles.size());
    Map<String, Assignment> online = ingestInRuns(dir.resolve("online"), articles, 1);
    assertThat(online).isEqualTo(batch);
  }

  @Test
  void afterAFailedStoreWriteNothingMoreIsCommitted() {
    List<Article> articles = stream(5).subList(0, 3);
    ArticleStore store = ArticleStore.open(dir);
    Ingestion ingestion =
        Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), CLOCK);
    ingestion.add(articles.get(0));
    ingestion.commit();
    store.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ingestion.add(articles.get(1)))
        .isInstanceOf(dev.parallax.store.StoreException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(ingestion::commit)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed");
    ingestion.close(); // drops the batch quietly
    try (ArticleStore reopened = ArticleStore.open(dir)) {
      assertThat(reopened.articleCount()).isEqualTo(1);
    }
  }
}
