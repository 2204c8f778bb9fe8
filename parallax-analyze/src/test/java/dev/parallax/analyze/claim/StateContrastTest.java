package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the HELDOUT8 round: state words, one-sided heads, people in a role, extraction. */
class StateContrastTest {
  private static EnglishNlp nlp;

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
  }

  private static Verdict verdict(String a, String b) {
    return ClaimEvaluation.verdictOf(a, b, nlp);
  }

  private static List<NumericClaim> claims(String text) {
    return ClaimExtractor.standard().extract(nlp.analyze(text));
  }

  @Test
  void stateWordsAreTheVerbBeforeAndTheStateAfter() {
    assertThat(StateWords.of("The gale left 60 people homeless.", "60", "people homeless"))
        .containsExactly("homeless");
    assertThat(StateWords.of("Crews removed 90 tonnes of debris.", "90 tonnes", "debris"))
        .containsExactly("removed");
    assertThat(StateWords.of("The gale left 500 homes without power.", "500", "homes"))
        .containsExactly("without", "power");
    assertThat(StateWords.unknown("homeless")).isTrue();
    assertThat(StateWords.unknown("killed")).isFalse();
    assertThat(StateWords.unknown("cancelled")).isFalse();
  }

  @Test
  void aKnownPredicateAgainstAnUnknownStateStaysApart() {
    assertThat(
            verdict(
                "The blaze injured 15 firefighters.", "The blaze left 15 firefighters exhausted."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(
            verdict(
                "The blaze injured 15 firefighters.",
                "Fifteen firefighters were hurt in the blaze."))
        .isEqualTo(Verdict.AGREE);
    assertThat(
            verdict(
                "The pipeline leaked 400 tonnes of diesel.",
                "Crews have collected 400 tonnes of diesel from the river."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void aVaguePredicateIsNoState() {
    assertThat(
            verdict(
                "The blackout affected 8,000 customers.",
                "8,000 customers lost electricity in the blackout."))
        .isEqualTo(Verdict.AGREE);
  }

  @Test
  void aKnownCountedThingAgainstAnUnknownOneStaysApart() {
    assertThat(verdict("Fuel prices rose 9% this winter.", "Salaries rose 9% this winter."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(
            verdict(
                "The carmaker spent $300 million on marketing.",
                "The carmaker made a profit of $300 million."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void peopleMeetPersonsInTheRoleOfTheEvent() {
    assertThat(Counted.isRoleHead("passenger")).isTrue();
    assertThat(Counted.isRoleHead("troop")).isFalse();
    assertThat(
            verdict(
                "The ferry carried 310 passengers on its last crossing.",
                "There were 310 people aboard the ferry during the crossing."))
        .isEqualTo(Verdict.AGREE);
    assertThat(verdict("The village has 20 people.", "20 soldiers guard the village."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void extractionOfSpeedsSpansAndMovements() {
    NumericClaim speed = claims("The gale blew at 70 miles per hour.").get(0);
    assertThat(speed.unit()).isEqualTo("mph");
    assertThat(speed.low()).isEqualTo(70.0);
    NumericClaim week = claims("The walkout continued for a week.").get(0);
    assertThat(week.kind()).isEqualTo(ClaimKind.DURATION);
    assertThat(week.unit()).isEqualTo("week");
    assertThat(claims("A week of talks ended.")).isEmpty();
    NumericClaim wage = claims("The hourly rate is going up to £9.50.").get(0);
    assertThat(wage.hedge()).isEqualTo(Hedge.EXACT);
    assertThat(claims("Rescuers pulled dozens of people from the wreck.").get(0).counted())
        .doesNotContain("(change)");
    assertThat(Lexicon.phrasal("fares will go up")).contains("rise");
  }
}
