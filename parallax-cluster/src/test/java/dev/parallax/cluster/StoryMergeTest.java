package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.Origin;
import dev.parallax.core.StoryChange;
import dev.parallax.core.StoryMerge;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One event founded twice comes together when an article shows the two stories are one. */
class StoryMergeTest {
  private static Article article(String id, String title, String text) {
    return new Article(
        id,
        "Outlet " + id,
        null,
        Instant.parse("2025-03-04T10:00:00Z"),
        title,
        text,
        "en",
        null,
        Origin.file(id + ".txt"));
  }

  /** Two first reports of one warehouse fire that share too few words to join. */
  static final Article FIRST =
      article(
          "m1",
          "Fire guts Ashcroft warehouse on Quarry Road",
          "A fire destroyed the Ashcroft Logistics warehouse on Quarry Road on Tuesday night, Chief"
              + " Dana Whitlow said.");

  static final Article SECOND =
      article(
          "m2",
          "Springdale firefighters battle overnight blaze at furniture depot",
          "Ninety firefighters fought a blaze at a furniture depot in Springdale until dawn; three"
              + " were treated for smoke inhalation.");

  /** A fuller report with the words of both. */
  static final Article BRIDGE =
      article(
          "m3",
          "Ashcroft warehouse fire: Springdale firefighters hurt",
          "Chief Dana Whitlow said the fire that destroyed the Ashcroft Logistics warehouse, a"
              + " furniture depot on Quarry Road in Springdale, was fought by ninety firefighters"
              + " until dawn; three were treated for smoke inhalation.");

  private static ClusterConfig config(double mergeSimilarity) {
    return ClusterConfig.defaults().withBackgroundRatio(0).withMergeSimilarity(mergeSimilarity);
  }

  @Test
  void theTwoFirstReportsFoundTwoStories() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(config(2));
    assigner.assign(FIRST);
    assertThat(assigner.assign(SECOND).foundedStory()).isTrue();
    assertThat(assigner.assign(BRIDGE).foundedStory()).isFalse();
    assertThat(assigner.storyCount()).as("without merges the two stay apart").isEqualTo(2);
  }

  @Test
  void anArticleThatFitsBothMergesTheYoungerIntoTheOlder() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(config(0.1));
    List<StoryChange> changes = new ArrayList<>();
    assigner.onChange(changes::add);
    assigner.assign(FIRST);
    assigner.assign(SECOND);
    Assignment bridge = assigner.assign(BRIDGE);

    String older = OnlineStoryAssigner.storyIdFor("m1");
    assertThat(changes).hasSize(1);
    StoryMerge merge = (StoryMerge) changes.get(0);
    assertThat(merge.storyId()).isEqualTo(older);
    assertThat(merge.mergedId()).isEqualTo(OnlineStoryAssigner.storyIdFor("m2"));
    assertThat(merge.moved()).containsExactly("m2");
    assertThat(merge.similarity()).isGreaterThanOrEqualTo(0.1);
    assertThat(bridge.storyId()).isEqualTo(older);
    assertThat(assigner.storyCount()).isEqualTo(1);
    assertThat(List.of("m1", "m2", "m3")).allMatch(id -> assigner.storyOf(id).equals(older));

    // The merged story is out of the running: a later report joins the survivor.
    Article later =
        article(
            "m4",
            "Ashcroft warehouse fire in Springdale: inquiry opens",
            "Chief Dana Whitlow opened an inquiry into the Ashcroft Logistics warehouse fire on"
                + " Quarry Road in Springdale; ninety firefighters fought it until dawn.");
    assertThat(assigner.assign(later).storyId()).isEqualTo(older);
    assertThat(assigner.storyCount()).isEqualTo(1);
  }
}
