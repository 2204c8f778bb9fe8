package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Origin;
import dev.parallax.core.Story;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
  @TempDir Path dir;

  private static final Instant T0 = Instant.parse("2025-03-04T09:30:00Z");

  private static StoredArticle stored(
      String id, String source, Instant published, String story, boolean founded, String copyOf) {
    Article a =
        new Article(
            id,
            source,
            "https://" + source + ".example/" + id,
            published,
            "Title " + id,
            "Text of " + id + " about the Millbrook fire.",
            "en",
            Map.of("section", "local"),
            new Origin("in.jsonl", 3));
    Assignment s =
        new Assignment(
            id,
            story,
            founded,
            copyOf == null ? CopyKind.ORIGINAL : CopyKind.NEAR,
            copyOf,
            copyOf == null ? 0 : 0.9,
            0.5);
    return new StoredArticle(0, a, s, Map.of("whitespace", 2), T0);
  }

  @Test
  void storesAndReadsBackArticlesAndStories() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.add(stored("a2", "civic", T0.plusSeconds(3600), "s-1", false, "a1"));
      store.add(stored("a3", "civic", T0.plusSeconds(60), "s-2", true, null));
      store.commit();
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.articleCount()).isEqualTo(3);
      assertThat(store.indexedCount()).isEqualTo(3);
      List<Story> stories = store.stories();
      assertThat(stories).extracting(Story::id).containsExactly("s-1", "s-2");
      Story s1 = stories.get(0);
      assertThat(s1.articleCount()).isEqualTo(2);
      assertThat(s1.sourceCount()).isEqualTo(2);
      assertThat(s1.independentSources()).as("the copy's outlet is not independent").isEqualTo(1);
      assertThat(s1.firstSeen()).isEqualTo(T0);
      assertThat(s1.lastSeen()).isEqualTo(T0.plusSeconds(3600));
      assertThat(s1.headline()).isEqualTo("Title a1");

      StoryDetail detail = store.story("s-1").orElseThrow();
      assertThat(detail.articles()).extracting(a -> a.article().id()).containsExactly("a1", "a2");
      StoredArticle copy = detail.articles().get(1);
      assertThat(copy.assignment().copyOf()).isEqualTo("a1");
      assertThat(copy.assignment().copyKind()).isEqualTo(CopyKind.NEAR);
      assertThat(copy.article().fields()).containsEntry("section", "local");
      assertThat(copy.article().origin()).isEqualTo(new Origin("in.jsonl", 3));
      assertThat(copy.repairs()).containsEntry("whitespace", 2);
      assertThat(store.story("nope")).isEmpty();
    }
  }

  @Test
  void analysesAreStoredWithTheirBatchAndReadByStory() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.add(stored("a2", "quay", T0.plusSeconds(60), "s-1", false, null));
      store.add(stored("b1", "quay", T0.plusSeconds(90), "s-2", true, null));
      store.putAnalysis("a1", "{\"n\":1}");
      store.putAnalysis("b1", "{\"n\":3}");
      store.commit();
      store.putAnalysis("a2", "{\"n\":2}");
      store.putAnalysis("a1", "{\"n\":4}");
    }
    try (ArticleStore store = ArticleStore.open(dir);
        StoreReader reader = StoreReader.open(dir, 1)) {
      // The second batch was never committed: a1 keeps its first analysis, a2 has none.
      assertThat(store.analyses("s-1")).containsExactly(Map.entry("a1", "{\"n\":1}"));
      assertThat(reader.analyses("s-2")).containsExactly(Map.entry("b1", "{\"n\":3}"));
      assertThat(reader.analyses("s-9")).isEmpty();
    }
  }

  @Test
  void aReaderSearchesInOnePassAndReadsArticlesInOneQuery() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      // 1,500 matches: more than Lucene counts exactly by default (1,000).
      for (int i = 0; i < 1500; i++) {
        store.add(stored(String.format("a%04d", i), "harbor", T0, "s-" + (i % 7), i < 7, null));
      }
      store.commit();
    }
    try (StoreReader reader = StoreReader.open(dir, 1)) {
      SearchPage all = reader.search("millbrook", 30, 0, 30);
      SearchPage page = reader.search("millbrook", 5, 10, 30);
      assertThat(page.total()).isEqualTo(1500);
      assertThat(page.hits()).hasSize(5);
      assertThat(page.hits()).isEqualTo(all.hits().subList(10, 15));
      assertThat(page.storyIds())
          .containsExactlyInAnyOrder("s-0", "s-1", "s-2", "s-3", "s-4", "s-5", "s-6")
          .isEqualTo(all.storyIds());
      assertThat(reader.search("millbrook", 0, 0, 0).storyIds()).isEmpty();
      assertThat(reader.search("millbrook", 0, 0, 0).total()).isEqualTo(1500);
      for (int offset : new int[] {1500, 1501, 5000}) {
        SearchPage past = reader.search("millbrook", 5, offset, 30);
        assertThat(past.hits()).as("offset " + offset).isEmpty();
        assertThat(past.total()).as("offset " + offset).isEqualTo(1500);
        assertThat(past.storyIds()).as("offset " + offset).isEqualTo(all.storyIds());
      }

      Map<String, StoredArticle> read = reader.articles(List.of("a0009", "nope", "a0002", "a0009"));
      assertThat(read.keySet()).containsExactly("a0009", "a0002");
      assertThat(read.get("a0002").assignment().storyId()).isEqualTo("s-2");
    }
  }

  @Test
  void addingAnIdAgainStoresNothingTwice() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.commit();
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.commit();
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.indexedCount()).isEqualTo(1);
    }
  }

  @Test
  void closingWithoutCommitKeepsOnlyWhatWasCommitted() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.commit();
      store.add(stored("a2", "harbor", T0, "s-2", true, null));
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(store.indexedCount()).isEqualTo(1);
      List<String> ids = new ArrayList<>();
      store.forEach(s -> ids.add(s.article().id()));
      assertThat(ids).containsExactly("a1");
    }
  }

  @Test
  void searchFindsArticlesByWords() {
    try (ArticleStore store = ArticleStore.open(dir)) {
      store.add(stored("a1", "harbor", T0, "s-1", true, null));
      store.commit();
      assertThat(store.search("millbrook AND fire", 10))
          .extracting(TextIndex.Hit::articleId, TextIndex.Hit::storyId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "s-1"));
      assertThat(store.search("earthquake", 10)).isEmpty();
    }
  }

  @Test
  void headlineFallsBackToTheStartOfTheText() {
    Article a =
        new Article("x", "s", null, null, null, "Word ".repeat(100), null, null, Origin.file("f"));
    assertThat(ArticleStore.headlineOf(a)).endsWith("…").hasSizeLessThanOrEqualTo(141);
  }
}
