package dev.parallax.bench.baseline;

import dev.parallax.bench.corpus.NewsDocument;
import dev.parallax.cluster.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The textbook single-pass (online "leader-follower") clusterer over TF-IDF vectors (e.g. Allan et
 * al. 1998, "On-line new event detection and tracking"): each document, in stream order, becomes a
 * vector of raw term frequency times smoothed IDF {@code ln((1 + N) / (1 + df)) + 1}, N and df
 * counted over the documents seen so far including itself, over lower-cased word tokens ({@link
 * Tokens}) minus English stop words, L2-normalised. It joins the cluster whose centroid (the sum of
 * its members' vectors) has the highest cosine if that is {@code >= minSimilarity}, else founds a
 * new cluster.
 *
 * <p>Every cluster is compared; an inverted index over centroid terms only skips clusters that
 * share no term with the document (cosine 0), so results equal the all-pairs loop. Immutable; each
 * call works on its own state.
 */
public final class TfIdfSinglePass implements DocumentClusterer {
  private final double minSimilarity;

  public TfIdfSinglePass(double minSimilarity) {
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException("minSimilarity must be in (0, 1]: " + minSimilarity);
    }
    this.minSimilarity = minSimilarity;
  }

  public double minSimilarity() {
    return minSimilarity;
  }

  @Override
  public String name() {
    return String.format(Locale.ROOT, "TF-IDF single-pass @%.2f", minSimilarity);
  }

  @Override
  public List<String> cluster(List<NewsDocument> documents) {
    return assign(vectorize(documents), minSimilarity);
  }

  /**
   * The documents' TF-IDF vectors in stream order; they do not depend on the threshold, so a sweep
   * computes them once and calls {@link #assign} per threshold.
   */
  public static Vectors vectorize(List<NewsDocument> documents) {
    Map<String, Integer> termIds = new HashMap<>();
    int[] df = new int[1024];
    List<int[]> terms = new ArrayList<>(documents.size());
    List<double[]> weights = new ArrayList<>(documents.size());
    int seen = 0;
    for (NewsDocument document : documents) {
      Map<Integer, Integer> tf = new HashMap<>();
      Tokens.forEachWord(
          document.titleAndText(),
          (word, capitalised) -> {
            if (!Tokens.isStopWord(word)) {
              tf.merge(termIds.computeIfAbsent(word, w -> termIds.size()), 1, Integer::sum);
            }
          });
      seen++;
      int[] t = new int[tf.size()];
      double[] w = new double[tf.size()];
      int i = 0;
      for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
        int term = e.getKey();
        if (term >= df.length) {
          df = Arrays.copyOf(df, Math.max(df.length * 2, term + 1));
        }
        df[term]++;
        t[i++] = term;
      }
      Arrays.sort(t);
      double norm2 = 0;
      for (i = 0; i < t.length; i++) {
        double idf = Math.log((1.0 + seen) / (1.0 + df[t[i]])) + 1;
        w[i] = tf.get(t[i]) * idf;
        norm2 += w[i] * w[i];
      }
      double norm = Math.sqrt(norm2);
      for (i = 0; i < w.length && norm > 0; i++) {
        w[i] /= norm;
      }
      terms.add(t);
      weights.add(w);
    }
    return new Vectors(List.copyOf(terms), List.copyOf(weights), termIds.size());
  }

  /** Sparse unit vectors, one per document: sorted term ids and their weights. */
  public record Vectors(List<int[]> terms, List<double[]> weights, int vocabularySize) {}

  /** Single-pass assignment of precomputed {@code vectors} at {@code minSimilarity}. */
  public static List<String> assign(Vectors vectors, double minSimilarity) {
    Posting[] postings = new Posting[vectors.vocabularySize()];
    List<Map<Integer, Integer>> positions = new ArrayList<>();
    double[] centroidNorm2 = new double[64];
    double[] dot = new double[64];
    int[] touched = new int[64];
    List<String> labels = new ArrayList<>(vectors.terms().size());
    for (int d = 0; d < vectors.terms().size(); d++) {
      int[] t = vectors.terms().get(d);
      double[] w = vectors.weights().get(d);
      int clusters = positions.size();
      if (dot.length < clusters + 1) {
        dot = Arrays.copyOf(dot, Math.max(dot.length * 2, clusters + 1));
        touched = Arrays.copyOf(touched, dot.length);
        centroidNorm2 = Arrays.copyOf(centroidNorm2, dot.length);
      }
      int touchedCount = 0;
      for (int i = 0; i < t.length; i++) {
        Posting p = postings[t[i]];
        if (p == null) {
          continue;
        }
        for (int j = 0; j < p.size; j++) {
          int c = p.clusters[j];
          if (dot[c] == 0) {
            touched[touchedCount++] = c;
          }
          dot[c] += w[i] * p.weights[j];
        }
      }
      int best = -1;
      double bestCosine = -1;
      for (int k = 0; k < touchedCount; k++) {
        int c = touched[k];
        double cosine = dot[c] / Math.sqrt(centroidNorm2[c]);
        if (cosine > bestCosine || (cosine == bestCosine && c < best)) {
          best = c;
          bestCosine = cosine;
        }
        dot[c] = 0;
      }
      int target = best >= 0 && bestCosine >= minSimilarity ? best : clusters;
      if (target == clusters) {
        positions.add(new HashMap<>());
      }
      Map<Integer, Integer> pos = positions.get(target);
      for (int i = 0; i < t.length; i++) {
        Integer at = pos.get(t[i]);
        if (postings[t[i]] == null) {
          postings[t[i]] = new Posting();
        }
        Posting p = postings[t[i]];
        double old;
        if (at == null) {
          pos.put(t[i], p.size);
          p.add(target, w[i]);
          old = 0;
        } else {
          old = p.weights[at];
          p.weights[at] += w[i];
        }
        double now = old + w[i];
        centroidNorm2[target] += now * now - old * old;
      }
      labels.add("c" + target);
    }
    return labels;
  }

  /** The clusters whose centroid has a term, with the term's centroid weight in each. */
  private static final class Posting {
    int[] clusters = new int[4];
    double[] weights = new double[4];
    int size;

    void add(int cluster, double weight) {
      if (size == clusters.length) {
        clusters = Arrays.copyOf(clusters, size * 2);
        weights = Arrays.copyOf(weights, size * 2);
      }
      clusters[size] = cluster;
      weights[size] = weight;
      size++;
    }
  }
}
