package dev.parallax.analyze.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StorySummarizerTest {
  private static StoryArticle article(String id, String source, int hour, String copyOf) {
    return new StoryArticle(
        id,
        source,
        Instant.parse("2024-03-01T00:00:00Z").plusSeconds(3600L * hour),
        id,
        "x",
        copyOf);
  }

  private static final List<StoryArticle> ARTICLES =
      List.of(
          article("a", "Herald", 1, null),
          article("b", "Gazette", 2, null),
          article("c", "Courier", 3, null),
          article("d", "Echo", 4, "a"));

  private static final Map<String, List<String>> SENTENCES =
      Map.of(
          "a",
          List.of(
              "A fire destroyed the old textile mill in Northbridge on Tuesday night, officials said.",
              "Firefighters from four towns fought the blaze for six hours before it was contained.",
              "The mayor thanked the volunteers and promised help for the families of the workers.",
              "Click here to subscribe to our newsletter for more local news every morning."),
          "b",
          List.of(
              "The old textile mill in Northbridge burned down on Tuesday night in a huge fire.",
              "Two firefighters were treated for smoke inhalation and released from the hospital.",
              "Investigators from the state fire marshal will examine the cause of the fire on Wednesday."),
          "c",
          List.of(
              "Fire investigators will examine the ruins of the Northbridge textile mill on Wednesday.",
              "The mill had been empty since 2009, and the town planned to turn it into housing.",
              "Two firefighters were hurt by smoke while fighting the mill fire in Northbridge."),
          "d",
          List.of(
              "A copy sentence that should never be chosen because its article is a copy of a."));

  @Test
  void picksThreeToFiveSentencesWithoutRepeatsOrBoilerplate() {
    List<SummarySentence> summary = StorySummarizer.summarize(ARTICLES, SENTENCES);
    assertThat(summary).hasSizeBetween(3, 5);
    assertThat(summary).extracting(SummarySentence::articleId).doesNotContain("d");
    assertThat(summary).noneMatch(s -> s.text().startsWith("Click"));
    // The two "firefighters treated for smoke" sentences say the same thing: at most one is kept.
    assertThat(summary.stream().filter(s -> s.text().contains("smoke")).count())
        .isLessThanOrEqualTo(1);
    assertThat(summary.get(0).articleId()).isEqualTo("a");
  }

  @Test
  void sameSummaryWhateverTheInputOrder() {
    long seed = 20261121L;
    System.out.println("StorySummarizerTest seed " + seed);
    List<SummarySentence> expected = StorySummarizer.summarize(ARTICLES, SENTENCES);
    Random random = new Random(seed);
    for (int round = 0; round < 20; round++) {
      List<StoryArticle> shuffled = new ArrayList<>(ARTICLES);
      Collections.shuffle(shuffled, random);
      assertThat(StorySummarizer.summarize(shuffled, SENTENCES)).isEqualTo(expected);
    }
  }

  @Test
  void singleArticleStoryStillGetsASummary() {
    List<SummarySentence> summary =
        StorySummarizer.summarize(List.of(ARTICLES.get(0)), Map.of("a", SENTENCES.get("a")));
    assertThat(summary).isNotEmpty().allMatch(s -> s.articleId().equals("a"));
  }

  @Test
  void noSentencesNoSummary() {
    assertThat(StorySummarizer.summarize(ARTICLES, Map.of())).isEmpty();
    assertThat(StorySummarizer.summarize(List.of(), Map.of())).isEmpty();
  }
}
