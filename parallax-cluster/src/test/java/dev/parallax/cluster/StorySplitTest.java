package dev.parallax.cluster;

import static dev.parallax.cluster.OnlineStoryAssignerTest.TWO_FIRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

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

  /** {@link #firesWithACopy} with the second fire's reports (and the copy) naming 2019. */
  private static List<Article> firesWithTheSecondNamingAYear() {
    List<Article> out = new ArrayList<>();
    for (Article a : firesWithACopy()) {
      boolean second = a.id().startsWith("f2");
      out.add(
          second
              ? new Article(
                  a.id(),
                  a.source(),
                  a.url(),
                  a.published(),
                  a.title(),
                  a.text() + " The depot was built in 2019.",
                  a.language(),
                  a.fields(),
                  a.origin())
              : a);
    }
    return out;
  }

  /** The similarity reported for {@code later} after the stream, with the year bonus as given. */
  private static Assignment laterAfterSplit(Article later, double yearBonus) {
    OnlineStoryAssigner assigner =
        OnlineStoryAssigner.create(joinEverything(24).withSharedYearBonus(yearBonus));
    List<StorySplit> splits = new ArrayList<>();
    assigner.onChange(c -> splits.add((StorySplit) c));
    for (Article a : firesWithTheSecondNamingAYear()) {
      assigner.assign(a);
    }
    assertThat(splits).hasSize(1);
    return assigner.assign(later);
  }

  @Test
  void aYearThatLeftInASplitNoLongerLiftsTheKeptStory() {
    Article warehouse =
        new Article(
            "f1c",
            "Ledger",
            null,
            TWO_FIRES.get(1).published(),
            "Ashcroft warehouse on Quarry Road to be rebuilt by 2019 standards",
            "Chief Dana Whitlow said the Ashcroft Logistics warehouse fire on Quarry Road started"
                + " in the loading bay; the furniture depot will be rebuilt.",
            "en",
            null,
            Origin.file("f1c.txt"));
    Article depot =
        new Article(
            "f2c",
            "Ledger",
            null,
            TWO_FIRES.get(3).published(),
            "Pellman Paper depot fire: Route 9 reopens",
            "Chief Rafael Ortiz said the paper bales at the Pellman Paper depot on Riverside Avenue,"
                + " built in 2019, had smouldered for a day.",
            "en",
            null,
            Origin.file("f2c.txt"));
    String first = OnlineStoryAssigner.storyIdFor("f1a");
    String second = OnlineStoryAssigner.storyIdFor("f2a");

    Assignment keptWith = laterAfterSplit(warehouse, 0.08);
    Assignment keptWithout = laterAfterSplit(warehouse, 0);
    assertThat(keptWith.storyId()).isEqualTo(first);
    assertThat(keptWithout.storyId()).isEqualTo(first);
    // The kept story's members name no year any more: the bonus changes nothing there.
    assertThat(keptWith.storySimilarity()).isEqualTo(keptWithout.storySimilarity());

    // The half that left still names 2019, so there the bonus counts.
    Assignment movedWith = laterAfterSplit(depot, 0.08);
    Assignment movedWithout = laterAfterSplit(depot, 0);
    assertThat(movedWith.storyId()).isEqualTo(second);
    assertThat(movedWith.storySimilarity())
        .isCloseTo(movedWithout.storySimilarity() + 0.08, offset(1e-9));
  }

  @Test
  void aSplitNeedsTwoArticlesOnEachSide() {
    assertThatThrownBy(() -> ClusterConfig.defaults().withSplits(24, 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("splitMinPart");
  }
}
