package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimEvaluationTest {
  @Test
  void theVerdictSetCoversEveryVerdictAndHasAHeldOutPart() {
    List<ClaimEvaluation.Case> cases = ClaimEvaluation.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
    cases.forEach(c -> verdicts.add(c.expected()));
    assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
    long heldOut = cases.stream().filter(c -> c.part().equals("HELDOUT")).count();
    assertThat(heldOut).isGreaterThanOrEqualTo(cases.size() / 5);
  }

  @Test
  void verdictAccuracy() {
    List<ClaimEvaluation.Outcome> outcomes =
        ClaimEvaluation.run(ClaimEvaluation.load(), EnglishNlp.load());
    double all = ClaimEvaluation.accuracy(outcomes, null);
    double heldOut = ClaimEvaluation.accuracy(outcomes, "HELDOUT");
    System.out.printf("verdict accuracy all %.3f, held-out %.3f%n", all, heldOut);
    assertThat(all).isGreaterThanOrEqualTo(0.95);
    assertThat(ClaimEvaluation.accuracy(outcomes, "TUNE")).isGreaterThanOrEqualTo(0.95);
    assertThat(heldOut).isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
  }

  /** A floor under the held-out accuracy measured once when the part was written. */
  private static final double HELD_OUT_FLOOR = 0.75;
}
