package dev.parallax.cluster.text;

import java.util.Arrays;
import java.util.Map;

/**
 * An immutable sparse vector over interned term ids, sorted by id, for fast dot products. Built
 * from a map of weights, optionally keeping only the heaviest terms.
 */
public final class TermVector {
  private static final TermVector EMPTY = new TermVector(new int[0], new float[0]);

  private final int[] terms;
  private final float[] weights;
  private final double norm;

  private TermVector(int[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
    double sum = 0;
    for (float w : weights) {
      sum += (double) w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  public static TermVector empty() {
    return EMPTY;
  }

  /** The {@code maxTerms} heaviest entries of {@code weights} (ties broken by term id). */
  public static TermVector of(Map<Integer, Double> weights, int maxTerms) {
    if (maxTerms < 1) {
      throw new IllegalArgumentException("maxTerms must be >= 1: " + maxTerms);
    }
    Integer[] ids = weights.keySet().toArray(new Integer[0]);
    Arrays.sort(
        ids,
        (a, b) -> {
          int byWeight = Double.compare(weights.get(b), weights.get(a));
          return byWeight != 0 ? byWeight : Integer.compare(a, b);
        });
    int n = Math.min(maxTerms, ids.length);
    int[] kept = new int[n];
    for (int i = 0; i < n; i++) {
      kept[i] = ids[i];
    }
    Arrays.sort(kept);
    float[] w = new float[n];
    for (int i = 0; i < n; i++) {
      w[i] = weights.get(kept[i]).floatValue();
    }
    return new TermVector(kept, w);
  }

  public int size() {
    return terms.length;
  }

  public int term(int i) {
    return terms[i];
  }

  public float weight(int i) {
    return weights[i];
  }

  double dot(TermVector other) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < other.terms.length) {
      int a = terms[i];
      int b = other.terms[j];
      if (a == b) {
        sum += (double) weights[i] * other.weights[j];
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  public double cosine(TermVector other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    return dot(other) / (norm * other.norm);
  }
}
