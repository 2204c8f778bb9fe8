package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of claims round 5 (after HELDOUT9's misses), one test each. */
class WordSenseContrastTest {
  @Test
  void verbsThatWordNetMakesOneDoNotContrast() {
    assertVerdict(
        Verdict.COMPATIBLE,
        "The blaze has burned more than 3,000 hectares.",
        "The blaze has charred 3,500 hectares.");
  }

  @Test
  void oppositeVerbsPartEvenAMatchingNoun() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The side has won 9 games this year.",
        "The side has lost 4 games this year.");
  }

  @Test
  void aParticleAfterTheVerbIsSkipped() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The fund handed out £2m in grants last year.",
        "The fund raised £5m from donors last year.");
  }

  @Test
  void aParticipleAfterAnAuxiliaryIsTheVerbOfItsCount() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "About 40,000 people have been screened in the city.",
        "About 60,000 people have been vaccinated in the city.");
  }

  @Test
  void aStateAfterALightVerbAndAPrepositionIsItsObject() {
    assertThat(StateWords.of("Two men are still in hiding.", "Two", "men")).contains("hiding");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "Five men have been charged over the fraud.",
        "Two men are still in hiding after the fraud.");
  }

  @Test
  void personsAndMadeThingsContrast() {
    assertVerdict(
        Verdict.SINGLE_SOURCE, "The ship carried 300 sailors.", "The ship has 300 bunks.");
  }

  @Test
  void aNounThatNamesTheUnitsDimensionIsNoHead() {
    assertVerdict(
        Verdict.COMPATIBLE,
        "Daytime temperatures of 30C are expected on Sunday.",
        "Daytime highs of around 31C are expected on Sunday.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "Daytime highs of 14C are expected on Sunday.",
        "Overnight lows of 2C are expected on Sunday.");
  }

  @Test
  void aClaimJoinsTheGroupOfItsCountedThingFirst() {
    assertVerdict(
        Verdict.AGREE,
        "The keeper made 6 saves in 3 matches.",
        "In 3 matches the keeper made six saves.");
  }

  @Test
  void theObjectOfAVerbOfChangeBeforeToLeavesTheCountARecipient() {
    assertThat(claims("The utility cut gas to 2,400 homes.").get(0).counted()).isEqualTo("homes");
    assertThat(claims("The coach will cut the squad to 23 players.").get(0).counted())
        .isEqualTo("players (target)");
    assertThat(claims("Troops will be cut to 8,600 troops.").get(0).counted()).contains("(target)");
  }
}
