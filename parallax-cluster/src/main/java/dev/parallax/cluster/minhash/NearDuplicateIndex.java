package dev.parallax.cluster.minhash;

import dev.parallax.cluster.internal.IntList;
import dev.parallax.cluster.internal.LongIntMap;
import java.util.Arrays;

/**
 * Locality-sensitive hashing over MinHash signatures (banding, Leskovec et al., Mining of Massive
 * Datasets ch. 3): signatures that agree on all rows of any band become candidates, and a candidate
 * is a near duplicate when its estimated Jaccard similarity reaches the threshold.
 *
 * <p>Storage is flat: the signatures in one int array, and per band a chain of items sharing a
 * bucket, so an item costs its signature plus about 28 bytes a band. Each lookup walks at most
 * {@link #MAX_CHAIN} items a band (the most recent), so its cost does not grow with the index. Not
 * thread-safe.
 */
public final class NearDuplicateIndex {
  /** Items compared at most per band and lookup. */
  public static final int MAX_CHAIN = 200;

  /** A near duplicate found: the item added earlier and the estimated similarity. */
  public record Match(int item, double similarity) {}

  private final int bands;
  private final int rows;
  private final double minSimilarity;
  private final IntList signatures = new IntList(1024);
  private final LongIntMap heads = new LongIntMap();
  private final IntList next = new IntList(1024);
  private int items;
  private int[] seenStamp = new int[16];
  private int stamp;

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

  /**
   * The most similar earlier item whose similarity reaches the threshold (the earliest among
   * equals), or null when none does.
   */
  public Match find(int[] signature) {
    check(signature);
    if (signature[0] == Integer.MAX_VALUE) {
      return null;
    }
    stamp++;
    Match best = null;
    for (int b = 0; b < bands; b++) {
      int item = heads.get(bandKey(signature, b), -1);
      for (int walked = 0; item >= 0 && walked < MAX_CHAIN; walked++) {
        if (seenStamp[item] != stamp) {
          seenStamp[item] = stamp;
          double sim = similarity(signature, item);
          if (sim >= minSimilarity
              && (best == null
                  || sim > best.similarity()
                  || (sim == best.similarity() && item < best.item()))) {
            best = new Match(item, sim);
          }
        }
        item = next.get(item * bands + b);
      }
    }
    return best;
  }

  /** Adds a signature and returns its item number (0, 1, 2, … in order of addition). */
  public int add(int[] signature) {
    check(signature);
    int item = items++;
    for (int v : signature) {
      signatures.add(v);
    }
    if (seenStamp.length < items) {
      seenStamp = Arrays.copyOf(seenStamp, Math.max(items, seenStamp.length * 2));
    }
    boolean empty = signature[0] == Integer.MAX_VALUE;
    for (int b = 0; b < bands; b++) {
      if (empty) {
        next.add(-1);
      } else {
        long key = bandKey(signature, b);
        next.add(heads.get(key, -1));
        heads.put(key, item);
      }
    }
    return item;
  }

  private double similarity(int[] signature, int item) {
    int base = item * signature.length;
    int equal = 0;
    for (int i = 0; i < signature.length; i++) {
      if (signature[i] == signatures.get(base + i)) {
        equal++;
      }
    }
    return (double) equal / signature.length;
  }

  private void check(int[] signature) {
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException(
          "signature length must be " + bands * rows + ": " + signature.length);
    }
  }

  private long bandKey(int[] signature, int band) {
    long h = (band + 1) * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < rows; r++) {
      h = (h ^ signature[band * rows + r]) * 0x100000001B3L;
      h ^= h >>> 29;
    }
    return h;
  }
}
