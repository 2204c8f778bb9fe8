package dev.parallax.cluster.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * B-cubed (Bagga and Baldwin 1998; item-averaged) and pairwise (pair counting) precision, recall
 * and F1 of a predicted clustering against gold labels, with the cluster counts.
 */
public record ClusteringScores(
    int items, int goldClusters, int predictedClusters, Prf bcubed, Prf pairwise) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(double precision, double recall) {
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Prf(precision, recall, f1);
    }
  }

  /**
   * Scores {@code predicted} against {@code gold}; both list one label per item, in the same order.
   */
  public static ClusteringScores score(List<String> gold, List<String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold and predicted differ in size: " + gold.size() + ", " + predicted.size());
    }
    int n = gold.size();
    Map<String, Integer> goldSize = counts(gold);
    Map<String, Integer> predictedSize = counts(predicted);
    Map<String, Integer> jointSize = new HashMap<>();
    for (int i = 0; i < n; i++) {
      jointSize.merge(gold.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
    }
    double precisionSum = 0;
    double recallSum = 0;
    for (int i = 0; i < n; i++) {
      int joint = jointSize.get(gold.get(i) + '\u0000' + predicted.get(i));
      precisionSum += (double) joint / predictedSize.get(predicted.get(i));
      recallSum += (double) joint / goldSize.get(gold.get(i));
    }
    Prf bcubed = n == 0 ? new Prf(0, 0, 0) : Prf.of(precisionSum / n, recallSum / n);

    long truePairs = pairs(jointSize);
    long predictedPairs = pairs(predictedSize);
    long goldPairs = pairs(goldSize);
    double pairPrecision = predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
    double pairRecall = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
    return new ClusteringScores(
        n, goldSize.size(), predictedSize.size(), bcubed, Prf.of(pairPrecision, pairRecall));
  }

  private static Map<String, Integer> counts(List<String> labels) {
    Map<String, Integer> out = new HashMap<>();
    for (String label : labels) {
      out.merge(Objects.requireNonNull(label, "label"), 1, Integer::sum);
    }
    return out;
  }

  private static long pairs(Map<String, Integer> sizes) {
    long sum = 0;
    for (int size : sizes.values()) {
      sum += (long) size * (size - 1) / 2;
    }
    return sum;
  }
}
