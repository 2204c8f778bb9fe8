package dev.parallax.analyze.eval;

import java.util.Locale;

/**
 * Counts for precision, recall and F1 of one comparison.
 *
 * @param correct predicted items that are in the gold set
 * @param predicted all predicted items
 * @param gold all gold items
 */
public record Prf(int correct, int predicted, int gold) {
  public Prf {
    if (correct < 0 || correct > predicted || correct > gold) {
      throw new IllegalArgumentException(
          "correct must be in [0, min(predicted, gold)]: "
              + correct
              + ", "
              + predicted
              + ", "
              + gold);
    }
  }

  /** Correct over predicted; 1 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) correct / predicted;
  }

  /** Correct over gold; 1 when the gold set is empty. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The counts of both comparisons together. */
  public Prf plus(Prf other) {
    return new Prf(correct + other.correct, predicted + other.predicted, gold + other.gold);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f  R %.3f  F1 %.3f  (%d correct, %d predicted, %d gold)",
        precision(),
        recall(),
        f1(),
        correct,
        predicted,
        gold);
  }
}
