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
   * Floors under each part's accuracy, one case below the last measured figure (2026-11-22, after
   * repeated-unit ranges, counted nouns opening a sentence and verb contrasts of generic counts).
   * TUNE and HELDOUT to HELDOUT4 were all looked at while fixing rules and sit at the 0.95 target.
   * HELDOUT5 was read and fixed before (47/48 now). HELDOUT6 (42/50), HELDOUT7 (46/50) and HELDOUT8
   * (47/50; its misses were read for this round) fail on one more miss. HELDOUT9 was written before
   * this round and never tuned on: 42/50 first, 41/50 after it.
   */
  private static final Map<String, Double> FLOORS =
      Map.of(
          "TUNE", 0.95,
          "HELDOUT", 0.95,
          "HELDOUT2", 0.95,
          "HELDOUT3", 0.95,
          "HELDOUT4", 0.95,
          "HELDOUT5", 0.95,
          "HELDOUT6", 0.82,
          "HELDOUT7", 0.90,
          "HELDOUT8", 0.92,
          "HELDOUT9", 0.80);

  /**
   * Floor over all cases: the measured 441/466 (2026-11-22) less one case. Below the 0.95 target
   * because of the unseen parts' misses (see the README beside {@code verdicts.tsv}).
   */
  private static final double FLOOR_ALL = 0.944;

  @Test
  void theVerdictSetCoversEveryVerdictAndHasHeldOutParts() {
    List<ClaimEvaluation.Case> cases = ClaimEvaluation.load();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(366);
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
