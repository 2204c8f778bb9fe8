package dev.parallax.cluster;

import static dev.parallax.cluster.OnlineStoryAssignerTest.TWO_FIRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Origin;
import dev.parallax.core.StorySplit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story chained across two events comes apart again; the founder's half keeps the id. */
class StorySplitTest {
  /**
   * Settings under which every article joins the first story (no floor, no background), as one
   * bridging article makes happen in real streams, and a story splits at the first clear seam.
   */
  private static ClusterConfig joinEverything(int splitMembers) {
    return ClusterConfig.defaults()
        .withMinStorySimilarity(0.0001)
        .withBackgroundRatio(0)
        .withSplits(splitMembers, 0.5, 2);
  }

  /** The two fires with an exact copy of the second fire's first report between its reports. */
  private static List<Article> firesWithACopy() {
    Article f2a = TWO_FIRES.get(2);
    Article copy =
        new Article(
            "f2a-copy",
            "Wire",
            null,
            f2a.published(),
            f2a.title(),
            f2a.text(),
            "en",
            null,
            Origin.file("f2a-copy.txt"));
    return List.of(TWO_FIRES.get(0), TWO_FIRES.get(1), f2a, copy, TWO_FIRES.get(3));
  }

  @Test
  void withoutSplitsTheChainedFiresStayOneStory() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(joinEverything(0));
    List<StorySplit> splits = new ArrayList<>();
    assigner.onChange(c -> splits.add((StorySplit) c));
    for (Article a : firesWithACopy()) {
      assigner.assign(a);
    }
    assertThat(splits).isEmpty();
    assertThat(assigner.storyCount()).isEqualTo(1);
  }

  @Test
  void splitsTheSecondFireOffWithItsCopy() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(joinEverything(24));
    List<StorySplit> splits = new ArrayList<>();
    assigner.onChange(c -> splits.add((StorySplit) c));
    List<Assignment> returned = new ArrayList<>();
    for (Article a : firesWithACopy()) {
      returned.add(assigner.assign(a));
    }
    String first = OnlineStoryAssigner.storyIdFor("f1a");
    String second = OnlineStoryAssigner.storyIdFor("f2a");
    assertThat(splits).hasSize(1);
    StorySplit split = splits.get(0);
    assertThat(split.storyId()).isEqualTo(first);
    assertThat(split.newStoryId()).isEqualTo(second);
    assertThat(split.moved()).containsExactly("f2a", "f2a-copy", "f2b");
    assertThat(split.founderId()).isEqualTo("f2a");
    assertThat(split.similarity()).isLessThan(0.5);

    assertThat(assigner.storyCount()).isEqualTo(2);
    assertThat(List.of("f1a", "f1b")).allMatch(id -> assigner.storyOf(id).equals(first));
    assertThat(List.of("f2a", "f2a-copy", "f2b"))
        .allMatch(id -> assigner.storyOf(id).equals(second));
    // The article whose joining split the story is reported in its final story.
    assertThat(returned.get(4).storyId()).isEqualTo(second);
    assertThat(returned.get(3).copyKind()).isEqualTo(CopyKind.EXACT);
    assertThat(returned.get(3).copyOf()).isEqualTo("f2a");
  }

  @Test
  void articlesAfterASplitJoinTheirOwnHalf() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(joinEverything(24));
    for (Article a : firesWithACopy()) {
      assigner.assign(a);
    }
    Article later =
        new Article(
            "f2c",
            "Ledger",
            null,
            TWO_FIRES.get(3).published(),
            "Pellman Paper depot fire: Route 9 reopens, Tomas Reyes remembered",
            "Friends of Tomas Reyes, the forklift driver killed in the Pellman Paper depot fire on"
                + " Riverside Avenue, gathered on Route 9. Chief Rafael Ortiz said the paper bales"
                + " had smouldered for a day.",
            "en",
            null,
            Origin.file("f2c.txt"));
    assertThat(assigner.assign(later).storyId()).isEqualTo(OnlineStoryAssigner.storyIdFor("f2a"));
  }

  @Test
  void aSplitNeedsTwoArticlesOnEachSide() {
    assertThatThrownBy(() -> ClusterConfig.defaults().withSplits(24, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("splitMinPart");
  }
}
