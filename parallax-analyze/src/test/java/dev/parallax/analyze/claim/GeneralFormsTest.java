package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertContrast;
import static dev.parallax.analyze.claim.ClaimTestSupport.assertNoContrast;
import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static dev.parallax.analyze.claim.ClaimTestSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rounds 10 and 11: general English number forms, losses of life, WordNet nouns for counted things,
 * a state word WordNet makes one act with the other side's predicate, and a decimal "m" ending a
 * clause about persons read as millions. The sentences are written for these tests, not taken from
 * the verdict set.
 */
class GeneralFormsTest {
  @Test
  void spelledOutPowerUnitsConvert() {
    NumericClaim c =
        only("The new reactor can supply 3.2 gigawatts to the grid.", ClaimKind.MEASURE);
    assertThat(c.unit()).isEqualTo("GW");
    assertVerdict(
        Verdict.AGREE,
        "The new reactor can supply 3.2 gigawatts to the grid.",
        "The 3,200MW reactor will feed the grid.");
  }

  @Test
  void aDurationInTwoUnitsIsOneValue() {
    NumericClaim c = only("The flight lasted three hours and twenty minutes.", ClaimKind.DURATION);
    assertThat(c.low()).isCloseTo(3 + 20 / 60.0, org.assertj.core.data.Offset.offset(1e-9));
    NumericClaim bare = only("The hearing ran for 4 hours 30 minutes.", ClaimKind.DURATION);
    assertThat(bare.low()).isCloseTo(4.5, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void hoursMinutesAndSecondsAreOneDuration() {
    NumericClaim c = only("She finished the ultramarathon in 7:12:30.", ClaimKind.DURATION);
    assertThat(c.unit()).isEqualTo("hour");
    assertThat(c.low())
        .isCloseTo(7 + 12 / 60.0 + 30 / 3600.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSuffixAtBothEndsOfARangeScalesBoth() {
    NumericClaim c =
        only("The rocks formed between 310m and 320m years ago, geologists said.", ClaimKind.AGE);
    assertThat(c.low()).isEqualTo(310e6);
    assertThat(c.high()).isEqualTo(320e6);
  }

  @Test
  void yearsAgoIsAnAge() {
    assertThat(only("The crater formed 66 million years ago.", ClaimKind.AGE).low())
        .isEqualTo(66e6);
    // a short span ago dates an event and stays a duration
    assertThat(claims("The bridge closed three days ago.").get(0).kind())
        .isEqualTo(ClaimKind.DURATION);
  }

  @Test
  void overAfterANounMeansDuring() {
    assertThat(only("The fair sold 12,000 tickets over four days.", ClaimKind.DURATION).hedge())
        .isEqualTo(Hedge.EXACT);
    assertThat(only("Over two days, the fair sold 9,000 tickets.", ClaimKind.DURATION).hedge())
        .isEqualTo(Hedge.EXACT);
    // after a verb of span it still bounds the duration
    assertThat(only("The blackout lasted over four days.", ClaimKind.DURATION).hedge())
        .isEqualTo(Hedge.MORE_THAN);
  }

  @Test
  void aTotalIsNoChange() {
    NumericClaim c = only("A total of 340 firefighters were sent to the blaze.", ClaimKind.COUNT);
    assertThat(c.counted()).doesNotContain("(change)");
  }

  @Test
  void differencesAboveAndBelowAReferenceHaveOppositeSigns() {
    NumericClaim below = only("Sales were 12% below the target.", ClaimKind.PERCENT);
    NumericClaim above = only("Sales came in 12% above target.", ClaimKind.PERCENT);
    assertThat(below.counted()).isEqualTo(above.counted());
    assertThat(below.low()).isEqualTo(-12);
    assertThat(above.low()).isEqualTo(12);
    assertVerdict(
        Verdict.CONFLICT, "Sales were 12% below the target.", "Sales came in 12% above target.");
  }

  @Test
  void losingOnesLifeIsDying() {
    NumericClaim c = only("Nine climbers lost their lives on the mountain.", ClaimKind.COUNT);
    assertThat(Counted.parse(c.counted()).predicate()).isEqualTo("killed");
    assertVerdict(
        Verdict.CONFLICT,
        "Nine climbers lost their lives on the mountain.",
        "Avalanches on the mountain killed 14 climbers.");
  }

  @Test
  void nounsOfOneSenseOrANearHypernymAreAlike() {
    assertThat(Senses.nounsAlike("jobs", "posts")).isTrue(); // post: a job in an organisation
    assertThat(Senses.nounsAlike("cars", "vehicles")).isTrue(); // a car is a kind of vehicle
    assertThat(Senses.nounsAlike("cases", "jabs")).isFalse();
    assertThat(Senses.nounsAlike("rents", "prices")).isFalse();
    assertThat(Senses.nounsAlike("soldiers", "workers")).isFalse(); // only as ants
  }

  @Test
  void countsOfKindredNounsGroup() {
    assertVerdict(
        Verdict.COMPATIBLE,
        "The airline will shed 350 cabin jobs next year.",
        "Around 340 cabin posts will go at the airline next year.");
  }

  @Test
  void sharedModifiersBeforeUnrelatedNounsCountDifferentThings() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The clinic reported 800 measles cases this spring.",
        "Over 800 measles jabs were given at the clinic this spring.");
  }

  @Test
  void sharesHeldByDifferentPersonsAreTwoAmounts() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The mayor won 61% of the ballots.",
        "His challenger took 37% of the ballots.");
  }

  @Test
  void aStateWordThatNamesThePredicatesActIsNoContrast() {
    // "cut" is a way to "axe" (cancelled) in WordNet
    assertNoContrast(
        "The airline will cut 600 cabin crew roles next spring.",
        "600 cabin crew roles are to be axed by the airline.");
    // "driven" out is one way to be "displaced"
    assertNoContrast(
        "The eruption has driven 8,000 villagers from the slopes of the volcano.",
        "The eruption has displaced 8,000 villagers on the slopes of the volcano.");
  }

  @Test
  void aStateWordOfAnotherActStillContrasts() {
    assertContrast(
        "state", "The storm killed 14 people in the town.", "The storm left 14 people homeless.");
  }

  @Test
  void aDecimalMillionsEndingAClauseAboutPersonsIsACount() {
    NumericClaim c =
        only("The number of passengers using the line climbed to 4.3m in June.", ClaimKind.COUNT);
    assertThat(c.low()).isEqualTo(4.3e6);
    NumericClaim people =
        only("Visitors to the national park fell to 1.8m during the year.", ClaimKind.COUNT);
    assertThat(people.low()).isEqualTo(1.8e6);
  }

  @Test
  void aDecimalMetreNearLengthWordsStaysALength() {
    assertThat(only("The river rose to 5.2m on Tuesday.", ClaimKind.MEASURE).unit()).isEqualTo("m");
    assertThat(only("The athlete cleared 2.3m in the high jump.", ClaimKind.MEASURE).unit())
        .isEqualTo("m");
  }
}
