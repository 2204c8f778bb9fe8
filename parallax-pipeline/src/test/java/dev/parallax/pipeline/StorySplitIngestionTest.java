package dev.parallax.pipeline;

import static dev.parallax.pipeline.SplittingFires.FIRES;
import static dev.parallax.pipeline.SplittingFires.JOIN_EVERYTHING;
import static dev.parallax.pipeline.SplittingFires.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.core.Article;
import dev.parallax.core.StoryChange;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreReader;
import dev.parallax.store.StoredArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splits and merges made by the assigner reach the store and its index, and survive a restart. */
class StorySplitIngestionTest {
  @TempDir Path dir;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  /**
   * An ingestion into {@code store} with the standard cleaner, {@code config} and the fixed clock.
   */
  private static Ingestion open(ArticleStore store, ClusterConfig config) {
    return Ingestion.open(store, Cleaner.standard(), config, CLOCK);
  }

  @Test
  void aSplitMovesStoredArticlesAndSurvivesARestart() {
    String first = OnlineStoryAssigner.storyIdFor("a1");
    String second = OnlineStoryAssigner.storyIdFor("b1");
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, JOIN_EVERYTHING)) {
      List<StoryChange> none = new ArrayList<>();
      ingestion.onChange(none::add);
      for (Article a : FIRES.subList(0, 3)) {
        assertThat(ingestion.add(a).orElseThrow().storyId()).isEqualTo(first);
      }
      ingestion.commit();
      assertThat(none).isEmpty();
    }
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, JOIN_EVERYTHING)) {
      List<StoryChange> splits = new ArrayList<>();
      ingestion.onChange(splits::add);
      assertThat(ingestion.add(FIRES.get(3)).orElseThrow().storyId()).isEqualTo(second);
      assertThat(splits).hasSize(1);
      assertThat(splits.get(0).moved()).containsExactly("b1", "b2");
      ingestion.commit();
      assertThat(ingestion.summary(0).newStories()).isEqualTo(1);

      assertThat(storyOf(store, first)).containsExactly("a1", "a2");
      assertThat(storyOf(store, second)).containsExactly("b1", "b2");
      assertThat(store.article("b1").orElseThrow().assignment().foundedStory()).isTrue();
      assertThat(store.storyCount()).isEqualTo(2);
      assertThat(store.search("Pellman", 10))
          .isNotEmpty()
          .allMatch(hit -> hit.storyId().equals(second));
    }
    // After a restart the split stories are what the assigner rebuilds from.
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, JOIN_EVERYTHING)) {
      assertThat(ingestion.add(FIRES.get(4)).orElseThrow().storyId()).isEqualTo(second);
      ingestion.commit();
      assertThat(storyOf(store, second)).containsExactly("b1", "b2", "b3");
    }
  }

  @Test
  void changesAreNotKeptForAListenerSetLater() {
    String second = OnlineStoryAssigner.storyIdFor("b1");
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, JOIN_EVERYTHING)) {
      for (Article a : FIRES.subList(0, 4)) {
        ingestion.add(a);
      }
      assertThat(ingestion.summary(0).newStories()).as("founded, then split").isEqualTo(2);
      List<StoryChange> heard = new ArrayList<>();
      ingestion.onChange(heard::add);
      assertThat(ingestion.add(FIRES.get(4)).orElseThrow().storyId()).isEqualTo(second);
      assertThat(heard).as("the split came before the listener").isEmpty();
    }
  }

  @Test
  void aListenerThatThrowsFailsOnlyItsCallAndTheIngestionGoesOn() {
    String first = OnlineStoryAssigner.storyIdFor("a1");
    String second = OnlineStoryAssigner.storyIdFor("b1");
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, JOIN_EVERYTHING)) {
      ingestion.onChange(
          change -> {
            throw new IllegalStateException("listener broke");
          });
      for (Article a : FIRES.subList(0, 3)) {
        ingestion.add(a);
      }
      assertThatThrownBy(() -> ingestion.add(FIRES.get(3)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("listener broke");
      ingestion.onChange(change -> {});
      assertThat(ingestion.add(FIRES.get(4)).orElseThrow().storyId()).isEqualTo(second);
      ingestion.commit();
      assertThat(storyOf(store, first)).containsExactly("a1", "a2");
      assertThat(storyOf(store, second)).containsExactly("b1", "b2", "b3");
    }
  }

  /** Two first reports of one fire that share too few words to join, and one with both. */
  private static final List<Article> ONE_FIRE_TWICE =
      List.of(
          article(
              "m1",
              3,
              "Fire guts Ashcroft warehouse on Quarry Road",
              "A fire destroyed the Ashcroft Logistics warehouse on Quarry Road on Tuesday night,"
                  + " Chief Dana Whitlow said."),
          article(
              "m2",
              3,
              "Springdale firefighters battle overnight blaze at furniture depot",
              "Ninety firefighters fought a blaze at a furniture depot in Springdale until dawn;"
                  + " three were treated for smoke inhalation, the worst since 1998."),
          article(
              "m3",
              4,
              "Ashcroft warehouse fire: Springdale firefighters hurt",
              "Chief Dana Whitlow said the fire that destroyed the Ashcroft Logistics warehouse, a"
                  + " furniture depot on Quarry Road in Springdale, was fought by ninety"
                  + " firefighters until dawn; three were treated for smoke inhalation."));

  @Test
  void aMergeRetiresTheYoungerStoryWhoseIdThenLeadsToTheOlder() {
    ClusterConfig merging =
        ClusterConfig.defaults().withBackgroundRatio(0).withMergeSimilarity(0.1);
    String older = OnlineStoryAssigner.storyIdFor("m1");
    String younger = OnlineStoryAssigner.storyIdFor("m2");
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, merging)) {
      ingestion.add(ONE_FIRE_TWICE.get(0));
      assertThat(ingestion.add(ONE_FIRE_TWICE.get(1)).orElseThrow().storyId()).isEqualTo(younger);
      ingestion.commit();
      assertThat(store.storyCount()).isEqualTo(2);
    }
    try (ArticleStore store = ArticleStore.open(dir);
        Ingestion ingestion = open(store, merging)) {
      List<StoryChange> merges = new ArrayList<>();
      ingestion.onChange(merges::add);
      assertThat(ingestion.add(ONE_FIRE_TWICE.get(2)).orElseThrow().storyId()).isEqualTo(older);
      assertThat(merges)
          .singleElement()
          .satisfies(c -> assertThat(c.storyIds()).containsExactly(older, younger));
      ingestion.commit();
      assertThat(ingestion.summary(0).mergedStories()).isEqualTo(1);
      assertThat(store.storyCount()).isEqualTo(1);
      assertThat(store.stories()).extracting(s -> s.id()).containsExactly(older);
      assertThat(storyOf(store, older)).containsExactlyInAnyOrder("m1", "m2", "m3");
      assertThat(store.story(younger).orElseThrow().story().id())
          .as("the retired id leads to the story it joined")
          .isEqualTo(older);
      assertThat(store.search("Springdale", 10))
          .isNotEmpty()
          .allMatch(hit -> hit.storyId().equals(older));
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.storyCount()).isEqualTo(1);
    }
    try (StoreReader reader = StoreReader.open(dir, 1)) {
      assertThat(reader.story(younger).orElseThrow().story().id()).isEqualTo(older);
      assertThat(reader.story(younger).orElseThrow().articles()).hasSize(3);
    }
  }

  /** Where each stored article is now, after ingesting {@code articles} in runs of runSize. */
  private static Map<String, String> ingestInRuns(
      Path storeDir, List<Article> articles, int runSize, ClusterConfig config) {
    for (int from = 0; from < articles.size(); from += runSize) {
      try (ArticleStore store = ArticleStore.open(storeDir);
          Ingestion ingestion = open(store, config)) {
        for (Article a : articles.subList(from, Math.min(articles.size(), from + runSize))) {
          ingestion.add(a).orElseThrow();
        }
      }
    }
    Map<String, String> out = new TreeMap<>();
    try (ArticleStore store = ArticleStore.open(storeDir)) {
      store.forEach(s -> out.put(s.article().id(), s.assignment().storyId()));
    }
    return out;
  }

  @Test
  void oneAtATimeWithRestartsEqualsAllAtOnceThroughSplitsAndMerges() {
    List<Article> all = new ArrayList<>(FIRES);
    all.addAll(ONE_FIRE_TWICE);
    ClusterConfig config = JOIN_EVERYTHING.withMergeSimilarity(0.1);
    Map<String, String> batch = ingestInRuns(dir.resolve("batch"), all, all.size(), config);
    Map<String, String> online = ingestInRuns(dir.resolve("online"), all, 1, config);
    assertThat(online).isEqualTo(batch);
    assertThat(new java.util.HashSet<>(batch.values()))
        .as("a split happened")
        .hasSizeGreaterThan(1);
  }

  private static List<String> storyOf(ArticleStore store, String storyId) {
    return store.story(storyId).orElseThrow().articles().stream()
        .map(StoredArticle::article)
        .map(Article::id)
        .toList();
  }
}
