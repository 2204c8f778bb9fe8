package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimEvaluationTest {
  /**
   * Floors under each part's accuracy. TUNE and HELDOUT to HELDOUT4 were all looked at while fixing
   * rules and sit at the 0.95 target. HELDOUT5 was measured once at 27/48 (2026-11-22), then its
   * misses were read and fixed (41/48 after); its floor is one case below that. HELDOUT6 was
   * written before those fixes and never tuned on: 32/50 before them, 33/50 after (2026-11-22); its
   * floor is one case below the last figure, so one more miss fails it.
   */
  private static final Map<String, Double> FLOORS =
      Map.of(
          "TUNE", 0.95,
          "HELDOUT", 0.95,
          "HELDOUT2", 0.95,
          "HELDOUT3", 0.95,
          "HELDOUT4", 0.95,
          "HELDOUT5", 0.83,
          "HELDOUT6", 0.64);

  /**
   * Floor over all cases: the measured 292/316 less one case. Below the 0.95 target because of the
   * unseen part's misses (see the README beside {@code verdicts.tsv}).
   */
  private static final double FLOOR_ALL = 0.92;

  @Test
  void theVerdictSetCoversEveryVerdictAndHasHeldOutParts() {
    List<ClaimEvaluation.Case> cases = ClaimEvaluation.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(316);
    assertThat(ClaimEvaluation.parts(cases)).containsExactlyInAnyOrderElementsOf(FLOORS.keySet());
    for (String part : FLOORS.keySet()) {
      Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
      cases.stream().filter(c -> c.part().equals(part)).forEach(c -> verdicts.add(c.expected()));
      assertThat(verdicts).as(part).containsExactlyInAnyOrder(Verdict.values());
      assertThat(cases.stream().filter(c -> c.part().equals(part)).count())
          .as(part)
          .isGreaterThanOrEqualTo(20);
    }
    assertThat(cases.stream().map(ClaimEvaluation.Case::id).distinct().count())
        .isEqualTo(cases.size());
  }

  @Test
  void verdictAccuracyPerPart() {
    EnglishNlp nlp = EnglishNlp.load();
    List<ClaimEvaluation.Outcome> outcomes = ClaimEvaluation.run(ClaimEvaluation.load(), nlp);
    System.out.print(ClaimEvaluation.report(outcomes));
    if (Boolean.getBoolean("claim.errors")) {
      System.out.print(ClaimEvaluation.errors(outcomes, nlp));
    }
    assertThat(ClaimEvaluation.accuracy(outcomes, null))
        .as("all")
        .isGreaterThanOrEqualTo(FLOOR_ALL);
    FLOORS.forEach(
        (part, floor) ->
            assertThat(ClaimEvaluation.accuracy(outcomes, part))
                .as(part)
                .isGreaterThanOrEqualTo(floor));
  }
}
