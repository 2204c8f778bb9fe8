package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges that repeat their unit, temperature ranges and counted nouns opening a sentence. */
class RangeAndSubjectTest {
  private static NumericClaim only(String text) {
    List<NumericClaim> found =
        claims(text).stream().filter(c -> c.kind() != ClaimKind.DATE).toList();
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void aRangeMayRepeatItsUnit() {
    NumericClaim c = only("Economists expect growth of between 2.5% and 3% next year.");
    assertThat(c.kind()).isEqualTo(ClaimKind.PERCENT);
    assertThat(c.low()).isEqualTo(2.5);
    assertThat(c.high()).isEqualTo(3.0);
    NumericClaim t = only("Highs will range from 18C to 22C.");
    assertThat(t.low()).isEqualTo(18.0);
    assertThat(t.high()).isEqualTo(22.0);
    assertThat(t.unit()).isEqualTo("°C");
  }

  @Test
  void aChangeAndALevelAreNoRange() {
    List<NumericClaim> found = claims("Prices rose 0.4% to 3.2% in May.");
    assertThat(found.stream().filter(c -> c.kind() == ClaimKind.PERCENT).toList())
        .extracting(NumericClaim::low, NumericClaim::high)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0.4, 0.4),
            org.assertj.core.groups.Tuple.tuple(3.2, 3.2));
  }

  @Test
  void aHyphenRangeOfTemperaturesIsOneClaim() {
    NumericClaim c = only("Lows of 3-6C are forecast for the coast.");
    assertThat(c.kind()).isEqualTo(ClaimKind.MEASURE);
    assertThat(c.low()).isEqualTo(3.0);
    assertThat(c.high()).isEqualTo(6.0);
  }

  @Test
  void theCountedNounOpensItsPhraseAtTheDeterminer() {
    assertThat(only("At noon the temperature reached 35C.").normalizedCounted())
        .isEqualTo("temperature");
  }

  @Test
  void aVerbOfRiseOrFallLinksALevelToTheNounBeforeIt() {
    assertThat(only("In Rome, temperatures climbed to 37C.").normalizedCounted())
        .isEqualTo("temperature");
    assertThat(only("In Oslo, temperatures plunged to minus 15C.").normalizedCounted())
        .isEqualTo("temperature");
  }

  @Test
  void aDeterminerOpensThePhraseOnlyAfterTimeWords() {
    assertThat(only("The price this week reached $90.").counted()).isEqualTo("price this week");
    assertThat(only("Overnight the temperature fell to minus 4C.").normalizedCounted())
        .isEqualTo("temperature");
  }

  @Test
  void aVerbOfRiseOrFallFollowedByToLinksTheLevel() {
    assertThat(only("Temperatures soared to 39C.").normalizedCounted()).isEqualTo("temperature");
  }

  @Test
  void aPluralNounTaggedAsAVerbOpensTheSentence() {
    assertThat(claims("Profits rose to $4bn in March.").get(0).counted()).isEqualTo("Profits");
  }
}
