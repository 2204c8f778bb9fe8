package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertContrast;
import static dev.parallax.analyze.claim.ClaimTestSupport.assertNoContrast;
import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round 11: a state word WordNet makes one act with the other side's predicate, and a decimal "m"
 * ending a clause about persons read as millions. The sentences are written for these tests, not
 * taken from the verdict set.
 */
class Round11FormsTest {
  private static NumericClaim only(String text, ClaimKind kind) {
    List<NumericClaim> of = claims(text).stream().filter(c -> c.kind() == kind).toList();
    assertThat(of).as("%s claims of %s", kind, text).hasSize(1);
    return of.get(0);
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
