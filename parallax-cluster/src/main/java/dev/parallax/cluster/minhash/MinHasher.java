package dev.parallax.cluster.minhash;

import dev.parallax.cluster.text.Tokens;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles (Broder 1997): the fraction of equal positions in two
 * signatures estimates the Jaccard similarity of the two texts' shingle sets. Thread-safe.
 */
public final class MinHasher {
  private final int shingleWords;
  private final long[] seedsA;
  private final long[] seedsB;

  /**
   * @param hashes signature length (each position one hash function)
   * @param shingleWords words per shingle
   * @param seed fixes the hash functions, so signatures are comparable across runs
   */
  public MinHasher(int hashes, int shingleWords, long seed) {
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be >= 1: " + hashes);
    }
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be >= 1: " + shingleWords);
    }
    this.shingleWords = shingleWords;
    SplittableRandom random = new SplittableRandom(seed);
    seedsA = new long[hashes];
    seedsB = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      seedsA[i] = random.nextLong() | 1L;
      seedsB[i] = random.nextLong();
    }
  }

  public int hashes() {
    return seedsA.length;
  }

  /** The signature of {@code text}; all positions are {@code Integer.MAX_VALUE} for empty text. */
  public int[] signature(String text) {
    return signature(Tokens.words(text));
  }

  /** The signature of a text already split into lower-case words. */
  public int[] signature(List<String> words) {
    int[] sig = new int[seedsA.length];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    if (words.isEmpty()) {
      return sig;
    }
    int shingles = Math.max(1, words.size() - shingleWords + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = s; w < Math.min(words.size(), s + shingleWords); w++) {
        h = mix(h ^ words.get(w).hashCode()) + w - s;
      }
      h = mix(h);
      for (int i = 0; i < sig.length; i++) {
        // Multiply-shift hashing (Dietzfelbinger et al.): one multiply-add per position.
        int v = (int) ((h * seedsA[i] + seedsB[i]) >>> 33);
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of the texts behind two signatures of this hasher. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signature lengths differ: " + a.length + ", " + b.length);
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
