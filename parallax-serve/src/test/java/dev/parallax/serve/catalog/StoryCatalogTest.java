package dev.parallax.serve.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Story;
import dev.parallax.store.StoryListing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryCatalogTest {
  static StoryListing listing(
      String id, int articles, int sources, long lastDay, String... outlets) {
    Instant last = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(lastDay * 86_400);
    return new StoryListing(
        new Story(id, articles, sources, sources, last.minusSeconds(3600), last, "h " + id),
        Set.of(outlets),
        Set.of("en"));
  }

  @Test
  void pagesOfAShuffledCatalogConcatenateToTheWholeOrder() {
    long seed = 11;
    System.out.println("StoryCatalogTest seed " + seed);
    Random random = new Random(seed);
    List<StoryListing> all = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      all.add(
          listing(
              "s" + i, 1 + random.nextInt(9), 1 + random.nextInt(5), random.nextInt(40), "A", "B"));
    }
    for (StorySort sort : StorySort.values()) {
      List<StoryListing> expected = new ArrayList<>(all);
      expected.sort(sort.order());
      Collections.shuffle(all, random);
      StoryCatalog catalog = StoryCatalog.of(all);
      List<StoryListing> paged = new ArrayList<>();
      for (int offset = 0; offset < 300; offset += 37) {
        StoryPage page =
            catalog.page(new StoryQuery(sort, null, null, null, null, null, 37, offset), null);
        assertThat(page.total()).isEqualTo(300);
        paged.addAll(page.stories());
      }
      assertThat(paged).as(sort.name()).isEqualTo(expected);
    }
  }

  @Test
  void filtersAndUpdates() {
    StoryCatalog catalog =
        StoryCatalog.of(List.of(listing("a", 3, 2, 1, "Gazette"), listing("b", 1, 1, 5, "Post")));
    StoryQuery bySource = new StoryQuery(StorySort.LATEST, null, null, "Post", null, null, 10, 0);
    assertThat(catalog.page(bySource, null).stories())
        .extracting(l -> l.story().id())
        .containsExactly("b");
    StoryCatalog updated =
        catalog.with(List.of("a"), List.of(listing("a", 4, 3, 9, "Gazette", "Post")));
    assertThat(updated.page(bySource, null).stories())
        .extracting(l -> l.story().id())
        .containsExactly("a", "b");
    assertThat(updated.articleCount()).isEqualTo(5);
    assertThat(catalog.articleCount()).as("the old snapshot is unchanged").isEqualTo(4);
    assertThat(updated.page(StoryQuery.latest(), Set.of("b")).stories())
        .extracting(l -> l.story().id())
        .containsExactly("b");
  }

  @Test
  void aTouchedStoryWithoutAListingLeaves() {
    StoryCatalog catalog =
        StoryCatalog.of(List.of(listing("a", 3, 2, 1, "Gazette"), listing("b", 1, 1, 5, "Post")));
    // b was merged into a: a now holds b's article, b holds none.
    StoryCatalog updated =
        catalog.with(List.of("a", "b"), List.of(listing("a", 4, 3, 9, "Gazette", "Post")));
    assertThat(updated.page(StoryQuery.latest(), null).stories())
        .extracting(l -> l.story().id())
        .containsExactly("a");
    assertThat(updated.size()).isEqualTo(1);
    assertThat(updated.articleCount()).isEqualTo(4);
  }
}
