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
   * claims round 8: decades of age, ages of persons named differently, currency codes glued to
   * amounts, bare degrees in weather sentences, basis points and shares of a percentage point, a
   * plural opening tagged as a pronoun, "taken to hospital", differences "over budget", vote
   * tallies, persons moved by rescuers, the share of voters who voted, unknown nouns after
   * different verbs). TUNE and HELDOUT to HELDOUT5 were all looked at while fixing rules and sit at
   * the 0.95 target. HELDOUT6 (47/50), HELDOUT7 (48/50), HELDOUT8 (49/50), HELDOUT9 (50/50),
   * HELDOUT10 (49/50), HELDOUT11 (47/50; 35/50 when measured unseen after round 6) and HELDOUT12
   * (48/50; 37/50 when measured unseen after round 7; its misses were read for round 8, so it is no
   * longer unseen) and HELDOUT13 (43/50 after round 11; 37/50 when measured unseen after round 8;
   * its misses were read for rounds 9 and 10) and HELDOUT14 (45/50 after round 10; 37/50 when
   * measured unseen after round 9; its misses were read for round 10, so it is no longer unseen)
   * and HELDOUT15 (44/50 after round 11; 42/50 measured unseen after round 10, its misses read for
   * round 11) and HELDOUT16 (31/50, measured unseen after round 11) fail on one more miss.
   */
  private static final Map<String, Double> FLOORS =
      Map.ofEntries(
          Map.entry("TUNE", 0.95),
          Map.entry("HELDOUT", 0.95),
          Map.entry("HELDOUT2", 0.95),
          Map.entry("HELDOUT3", 0.95),
          Map.entry("HELDOUT4", 0.95),
          Map.entry("HELDOUT5", 0.95),
          Map.entry("HELDOUT6", 0.92),
          Map.entry("HELDOUT7", 0.94),
          Map.entry("HELDOUT8", 0.96),
          Map.entry("HELDOUT9", 0.98),
          Map.entry("HELDOUT10", 0.96),
          Map.entry("HELDOUT11", 0.92),
          Map.entry("HELDOUT12", 0.94),
          Map.entry("HELDOUT13", 0.84),
          Map.entry("HELDOUT14", 0.88),
          Map.entry("HELDOUT15", 0.86),
          Map.entry("HELDOUT16", 0.60));

  /**
   * Floor over all cases: the measured 767/816 (2026-11-22, round 11, HELDOUT16 appended) less one
   * case (766/816, 0.9387). Below the 0.95 target since the unseen HELDOUT16 (0.62) joined; the
   * unseen parts' misses are listed in the README beside {@code verdicts.tsv}.
   */
  private static final double FLOOR_ALL = 0.938;

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
