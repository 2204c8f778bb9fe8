package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 10: general English number forms, losses of life, and WordNet nouns for counted things. The
 * sentences are written for these tests, not taken from the verdict set.
 */
class GeneralFormsTest {
  private static NumericClaim only(String text, ClaimKind kind) {
    List<NumericClaim> of = claims(text).stream().filter(c -> c.kind() == kind).toList();
    assertThat(of).as("%s claims of %s", kind, text).hasSize(1);
    return of.get(0);
  }

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
}
