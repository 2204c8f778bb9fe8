package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The general rules of round 9, each on wording of its own (no evaluation sentence). */
class SynonymDirectionAndAgeTest {
  @Test
  void wordNetSynonymsCountAsSharedContextWords() {
    assertThat(Senses.stemsAlike("film", "movi")).isTrue(); // "film", "movie"
    assertThat(Senses.stemsAlike("movy", "film")).isTrue(); // "movies"
    assertThat(Senses.stemsAlike("film", "film")).isFalse(); // equal words are shared already
    assertThat(Senses.stemsAlike("film", "book")).isFalse();
    assertThat(Senses.stemsAlike("film", "xyzzy")).isFalse();
    Set<String> a = Set.of("film", "premier", "festival");
    assertThat(ClaimGrouper.contextMatch(a, Set.of("movi", "premier", "festival", "venic")))
        .isTrue();
    assertThat(ClaimGrouper.contextMatch(a, Set.of("book", "premier", "festival", "venic")))
        .isFalse();
    // one word of the other sentence stands for one word at most
    assertThat(ClaimGrouper.shared(Set.of("film", "pictur"), Set.of("movi"))).isEqualTo(1);
  }

  @Test
  void anIntegerMBeforeAPluralNounWithNoArticleIsMillions() {
    List<NumericClaim> homes = claims("About 3m households were told to boil their water.");
    assertThat(homes).hasSize(1);
    assertThat(homes.get(0).kind()).isEqualTo(ClaimKind.COUNT);
    assertThat(homes.get(0).low()).isEqualTo(3e6);
    List<NumericClaim> race = claims("She won the 100m hurdles in Rome.");
    assertThat(race.get(0).kind()).isEqualTo(ClaimKind.MEASURE);
    assertVerdict(
        Verdict.AGREE,
        "About 3m households were told to boil their water.",
        "Roughly three million homes were told to boil water.");
  }

  @Test
  void percentagesThatWentOppositeWaysConflict() {
    assertVerdict(
        Verdict.CONFLICT,
        "The pound closed 1.1% higher against the dollar.",
        "The pound ended the day down 1.1% against the dollar.");
    assertVerdict(
        Verdict.AGREE,
        "The pound closed 1.1% higher against the dollar.",
        "The pound rose 1.1% against the dollar.");
  }

  @Test
  void aNumberAfterWasIsTheAgeOfAPersonSubject() {
    List<NumericClaim> climber = claims("The climber who fell from the ridge was 29.");
    assertThat(climber).hasSize(1);
    assertThat(climber.get(0).kind()).isEqualTo(ClaimKind.AGE);
    assertThat(climber.get(0).counted()).isEqualTo("climber");
    assertThat(claims("The driver's speed was 43.").get(0).kind()).isNotEqualTo(ClaimKind.AGE);
    assertThat(claims("The final score was 43.").get(0).kind()).isNotEqualTo(ClaimKind.AGE);
    assertVerdict(
        Verdict.CONFLICT,
        "A 27-year-old climber died on the mountain.",
        "The climber who fell from the ridge was 29.");
  }
}
