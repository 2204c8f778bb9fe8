package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnlineStoryAssignerTest {
  private static Article article(String id, String source, String date, String title, String text) {
    return new Article(
        id,
        source,
        null,
        Instant.parse(date + "T10:00:00Z"),
        title,
        text,
        "en",
        null,
        Origin.file(id + ".txt"));
  }

  // Two different warehouse fires in one city a week apart: same kind, different incident.
  static final List<Article> TWO_FIRES =
      List.of(
          article(
              "f1a",
              "Ledger",
              "2025-03-04",
              "Fire guts Ashcroft warehouse on Quarry Road",
              "SPRINGDALE — A fire destroyed the Ashcroft Logistics warehouse on Quarry Road on"
                  + " Tuesday night. Fire Chief Dana Whitlow said three firefighters were treated"
                  + " for smoke inhalation. About 90 firefighters fought the blaze until dawn."
                  + " Ashcroft employs 140 people at the site, which stores furniture."),
          article(
              "f1b",
              "Gazette",
              "2025-03-05",
              "Ashcroft warehouse fire: three firefighters hurt",
              "Investigators on Wednesday began sifting through the ruins of the Ashcroft"
                  + " Logistics warehouse in Springdale. Chief Dana Whitlow said the Quarry Road"
                  + " fire started in the loading bay. Three firefighters were hurt; Ashcroft"
                  + " said its 140 workers would be paid while the furniture depot is rebuilt."),
          article(
              "f2a",
              "Ledger",
              "2025-03-11",
              "Deadly blaze at Pellman Paper depot on Riverside Avenue",
              "SPRINGDALE — One worker died and seven were injured when fire swept through the"
                  + " Pellman Paper depot on Riverside Avenue on Tuesday afternoon, Battalion Chief"
                  + " Rafael Ortiz said. Bales of paper fed the flames for hours and smoke closed"
                  + " Route 9. Pellman said the dead worker was a forklift driver."),
          article(
              "f2b",
              "Gazette",
              "2025-03-12",
              "Pellman fire victim named as forklift driver",
              "The worker killed in Tuesday's fire at the Pellman Paper depot on Riverside Avenue"
                  + " was named as Tomas Reyes, 41. Chief Rafael Ortiz said the seven injured"
                  + " workers were recovering. Route 9 reopened after smoke from the paper bales"
                  + " cleared."));

  @Test
  void keepsTwoFiresInOneCityApart() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    List<String> stories = new ArrayList<>();
    for (Article a : TWO_FIRES) {
      stories.add(assigner.assign(a).storyId());
    }
    assertThat(stories.get(0)).isEqualTo(stories.get(1));
    assertThat(stories.get(2)).isEqualTo(stories.get(3));
    assertThat(stories.get(0)).isNotEqualTo(stories.get(2));
    assertThat(assigner.storyCount()).isEqualTo(2);
  }

  @Test
  void aYearNamedByBothRaisesTheSimilarityToAStory() {
    Article first =
        undated(
            "m1",
            "Courier",
            "Record field for the 2019 Lakeside Marathon",
            "More than 6,000 runners started the 2019 Lakeside Marathon on Sunday morning. Kenyan"
                + " runner Peter Omondi won the men's race in two hours and nine minutes, and the"
                + " organisers said the course along the reservoir would be kept next year.");
    String later =
        "Crowds lined the reservoir road as the Lakeside race went ahead in cool weather. Officials"
            + " praised volunteers at the water stations and said the finish area had been moved"
            + " closer to the stadium";
    Assignment withYear =
        assignAfter(
            first, undated("m2", "Herald", "Runners praise volunteers", later + " for 2019."));
    Assignment withoutYear =
        assignAfter(first, undated("m2", "Herald", "Runners praise volunteers", later + "."));

    assertThat(withYear.storyId()).isEqualTo(OnlineStoryAssigner.storyIdFor("m1"));
    assertThat(withoutYear.foundedStory()).isTrue();
    // The same words either way: only the bonus for the shared year lifts the first over the bar.
    OnlineStoryAssigner off =
        OnlineStoryAssigner.create(ClusterConfig.defaults().withSharedYearBonus(0));
    off.assign(first);
    assertThat(
            off.assign(undated("m2", "Herald", "Runners praise volunteers", later + " for 2019."))
                .foundedStory())
        .isTrue();
  }

  private static Assignment assignAfter(Article first, Article second) {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    assigner.assign(first);
    return assigner.assign(second);
  }

  private static Article undated(String id, String source, String title, String text) {
    return new Article(id, source, null, null, title, text, "en", null, Origin.file(id + ".txt"));
  }

  @Test
  void storyIdsAreStableAndNamedForTheirFounder() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    OnlineStoryAssigner a1 = OnlineStoryAssigner.create(ClusterConfig.defaults());
    OnlineStoryAssigner a2 = OnlineStoryAssigner.create(ClusterConfig.defaults());
    for (Article a : TWO_FIRES) {
      first.add(a1.assign(a).storyId());
      second.add(a2.assign(a).storyId());
    }
    assertThat(first).isEqualTo(second);
    assertThat(first.get(0)).isEqualTo(OnlineStoryAssigner.storyIdFor("f1a"));
    assertThat(first.get(2)).isEqualTo(OnlineStoryAssigner.storyIdFor("f2a"));
  }

  @Test
  void linksExactAndNearCopiesToTheEarliestOriginal() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    Article original = TWO_FIRES.get(0);
    assigner.assign(original);
    Article exact =
        new Article(
            "copy1",
            "Other",
            null,
            original.published(),
            "Different headline",
            original.text().toUpperCase(java.util.Locale.ROOT),
            null,
            null,
            Origin.file("c1"));
    Assignment e = assigner.assign(exact);
    assertThat(e.copyKind()).isEqualTo(CopyKind.EXACT);
    assertThat(e.copyOf()).isEqualTo("f1a");
    assertThat(e.copySimilarity()).isEqualTo(1.0);

    Article near =
        new Article(
            "copy2",
            "Third",
            null,
            original.published(),
            "Warehouse burns",
            original.text() + " The company's shares fell 2% on Wednesday.",
            null,
            null,
            Origin.file("c2"));
    Assignment n = assigner.assign(near);
    assertThat(n.copyKind()).isEqualTo(CopyKind.NEAR);
    assertThat(n.copyOf()).as("a copy of a copy links to the earliest").isEqualTo("f1a");
    assertThat(n.copySimilarity()).isBetween(0.5, 1.0);
    assertThat(n.storyId()).isEqualTo(OnlineStoryAssigner.storyIdFor("f1a"));
    assertThat(n.foundedStory()).isFalse();
  }

  @Test
  void restoreReproducesStoredDecisions() {
    OnlineStoryAssigner live = OnlineStoryAssigner.create(ClusterConfig.defaults());
    List<Assignment> decisions = new ArrayList<>();
    for (Article a : TWO_FIRES.subList(0, 3)) {
      decisions.add(live.assign(a));
    }
    OnlineStoryAssigner restored = OnlineStoryAssigner.create(ClusterConfig.defaults());
    for (int i = 0; i < 3; i++) {
      restored.restore(TWO_FIRES.get(i), decisions.get(i));
    }
    assertThat(restored.storyCount()).isEqualTo(live.storyCount());
    assertThat(restored.contains("f1a")).isTrue();
    assertThat(restored.assign(TWO_FIRES.get(3)).storyId())
        .isEqualTo(live.assign(TWO_FIRES.get(3)).storyId());
  }

  @Test
  void rejectsTheSameArticleTwice() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    assigner.assign(TWO_FIRES.get(0));
    assertThatThrownBy(() -> assigner.assign(TWO_FIRES.get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f1a");
  }

  @Test
  void configRejectsWeightsThatWouldMakeTermFrequenciesNegative() {
    ClusterConfig d = ClusterConfig.defaults();
    assertThatThrownBy(
            () ->
                new ClusterConfig(
                    d.minStorySimilarity(),
                    d.minCopySimilarity(),
                    d.windowDays(),
                    0.5,
                    d.leadWords(),
                    d.leadWeight(),
                    d.nameWeight(),
                    d.maxBodyWords(),
                    d.articleTerms(),
                    d.storyMembers(),
                    d.queryTerms(),
                    d.maxPostings(),
                    d.leadYearWords(),
                    d.yearConflictFactor(),
                    d.sharedYearBonus(),
                    d.maxCandidates(),
                    d.minRewriteSimilarity(),
                    d.rewriteSources(),
                    d.backgroundRank(),
                    d.backgroundRatio(),
                    d.backgroundRate(),
                    d.splitMembers(),
                    d.splitSimilarity(),
                    d.splitMinPart(),
                    d.mergeSimilarity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("titleWeight");
  }

  @Test
  void configRejectsOutOfRangeValues() {
    assertThatThrownBy(() -> ClusterConfig.defaults().withMinStorySimilarity(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minStorySimilarity");
  }

  @Test
  void recognisesARewriteOfAnEarlierArticleButNotAnIndependentReport() {
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    Article original = TWO_FIRES.get(0);
    assigner.assign(original);
    // The same facts, reordered and reworded: too different for a shingle copy.
    Assignment r = assigner.assign(REWRITE_OF_FIRST_FIRE);
    assertThat(r.copyKind()).isEqualTo(CopyKind.REWRITE);
    assertThat(r.copyOf()).isEqualTo("f1a");
    assertThat(r.copySimilarity()).isGreaterThanOrEqualTo(0.7);

    Assignment independent = assigner.assign(TWO_FIRES.get(1));
    assertThat(independent.storyId()).isEqualTo(r.storyId());
    assertThat(independent.copyKind()).isEqualTo(CopyKind.ORIGINAL);
    assertThat(independent.copyOf()).isNull();
  }

  /** The first fire's facts, reordered and reworded: too different for a shingle copy. */
  static final Article REWRITE_OF_FIRST_FIRE =
      article(
          "rw",
          "Tribune",
          "2025-03-04",
          "Ashcroft Logistics warehouse on Quarry Road destroyed by fire",
          "Three firefighters were treated for smoke inhalation after fire destroyed the Ashcroft"
              + " Logistics warehouse on Quarry Road in Springdale on Tuesday night, Fire Chief"
              + " Dana Whitlow said. Some 90 firefighters battled the blaze until dawn at the"
              + " furniture site, where Ashcroft employs 140 people.");

  @Test
  void restoreKeepsRewriteLinks() {
    OnlineStoryAssigner live = OnlineStoryAssigner.create(ClusterConfig.defaults());
    Article original = TWO_FIRES.get(0);
    Assignment first = live.assign(original);
    Assignment rewrite = live.assign(REWRITE_OF_FIRST_FIRE);
    assertThat(rewrite.copyKind()).as("precondition").isEqualTo(CopyKind.REWRITE);

    OnlineStoryAssigner restored = OnlineStoryAssigner.create(ClusterConfig.defaults());
    restored.restore(original, first);
    restored.restore(REWRITE_OF_FIRST_FIRE, rewrite);

    // An exact copy of the rewrite links to the rewrite (its own text), in both.
    Article copyOfRewrite =
        article("cp", "Wire", "2025-03-04", "Warehouse fire", REWRITE_OF_FIRST_FIRE.text());
    Assignment liveCopy = live.assign(copyOfRewrite);
    assertThat(liveCopy.copyKind()).isEqualTo(CopyKind.EXACT);
    assertThat(liveCopy.copyOf()).isEqualTo("rw");
    assertThat(restored.assign(copyOfRewrite)).isEqualTo(liveCopy);
    Article third = TWO_FIRES.get(1);
    assertThat(restored.assign(third)).isEqualTo(live.assign(third));
  }
}
