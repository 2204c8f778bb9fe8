package dev.parallax.cluster.minhash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures (banding, Leskovec et al., Mining of Massive
 * Datasets ch. 3): signatures that agree on all rows of any band become candidates, and a candidate
 * is a near duplicate when its estimated Jaccard similarity reaches the threshold. Not thread-safe.
 */
public final class NearDuplicateIndex {
  /** A near duplicate found: the item added earlier and the estimated similarity. */
  public record Match(int item, double similarity) {}

  private final int bands;
  private final int rows;
  private final double minSimilarity;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<int[]> signatures = new ArrayList<>();

  public NearDuplicateIndex(int bands, int rows, double minSimilarity) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1: " + bands + ", " + rows);
    }
    if (minSimilarity <= 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    this.bands = bands;
    this.rows = rows;
    this.minSimilarity = minSimilarity;
  }

  public int signatureLength() {
    return bands * rows;
  }

  /**
   * The earliest-added item whose similarity to {@code signature} reaches the threshold, taking the
   * most similar when several do; null when none does.
   */
  public Match find(int[] signature) {
    check(signature);
    if (signature[0] == Integer.MAX_VALUE) {
      return null;
    }
    Match best = null;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int b = 0; b < bands; b++) {
      List<Integer> bucket = buckets.get(bandKey(signature, b));
      if (bucket == null) {
        continue;
      }
      for (int item : bucket) {
        if (!seen.add(item)) {
          continue;
        }
        double sim = MinHasher.similarity(signature, signatures.get(item));
        if (sim >= minSimilarity
            && (best == null
                || sim > best.similarity()
                || (sim == best.similarity() && item < best.item()))) {
          best = new Match(item, sim);
        }
      }
    }
    return best;
  }

  /** Adds a signature and returns its item number (0, 1, 2, … in order of addition). */
  public int add(int[] signature) {
    check(signature);
    int item = signatures.size();
    signatures.add(signature.clone());
    if (signature[0] != Integer.MAX_VALUE) {
      for (int b = 0; b < bands; b++) {
        buckets.computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(item);
      }
    }
    return item;
  }

  private void check(int[] signature) {
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException(
          "signature length must be " + bands * rows + ": " + signature.length);
    }
  }

  private long bandKey(int[] signature, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < rows; r++) {
      h = (h ^ signature[band * rows + r]) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return h;
  }
}
