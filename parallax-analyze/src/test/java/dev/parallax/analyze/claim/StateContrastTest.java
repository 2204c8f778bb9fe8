package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of the HELDOUT8 round: state words, one-sided heads, people in a role, extraction. */
class StateContrastTest {
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
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The blaze injured 15 firefighters.",
        "The blaze left 15 firefighters exhausted.");
    assertVerdict(
        Verdict.AGREE,
        "The blaze injured 15 firefighters.",
        "Fifteen firefighters were hurt in the blaze.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The pipeline leaked 400 tonnes of diesel.",
        "Crews have collected 400 tonnes of diesel from the river.");
  }

  @Test
  void aVaguePredicateIsNoState() {
    assertVerdict(
        Verdict.AGREE,
        "The blackout affected 8,000 customers.",
        "8,000 customers lost electricity in the blackout.");
  }

  @Test
  void aKnownCountedThingAgainstAnUnknownOneStaysApart() {
    assertVerdict(
        Verdict.SINGLE_SOURCE, "Fuel prices rose 9% this winter.", "Salaries rose 9% this winter.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The carmaker spent $300 million on marketing.",
        "The carmaker made a profit of $300 million.");
  }

  @Test
  void peopleMeetPersonsInTheRoleOfTheEvent() {
    assertThat(Counted.isRoleHead("passenger")).isTrue();
    assertThat(Counted.isRoleHead("troop")).isFalse();
    assertVerdict(
        Verdict.AGREE,
        "The ferry carried 310 passengers on its last crossing.",
        "There were 310 people aboard the ferry during the crossing.");
    assertVerdict(
        Verdict.SINGLE_SOURCE, "The village has 20 people.", "20 soldiers guard the village.");
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
