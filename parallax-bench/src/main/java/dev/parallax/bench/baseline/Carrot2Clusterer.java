package dev.parallax.bench.baseline;

import dev.parallax.bench.corpus.NewsDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.carrot2.clustering.Cluster;
import org.carrot2.clustering.ClusteringAlgorithm;
import org.carrot2.clustering.Document;
import org.carrot2.clustering.kmeans.BisectingKMeansClusteringAlgorithm;
import org.carrot2.clustering.lingo.LingoClusteringAlgorithm;
import org.carrot2.clustering.stc.STCClusteringAlgorithm;
import org.carrot2.language.LanguageComponents;

/**
 * Carrot2 4 (Osiński and Weiss) as a document clusterer: the whole batch of documents (title and
 * text) goes to one algorithm at once, so unlike Parallax it is not online. Its clusters become one
 * label per document: a document in several clusters takes the largest (the first in Carrot2's
 * order on a tie); a document in no cluster, or only in an "Other topics" group, becomes a
 * singleton.
 *
 * <p>Every algorithm is given the number of clusters to aim for ({@code clusterCount}): Lingo's
 * desired cluster count, Bisecting K-Means' cluster count, STC's maximum number of clusters. When
 * that is the gold number of events it is an oracle advantage, and {@link #name()} says so.
 * Instances are immutable; the language components are shared and thread-safe.
 */
public final class Carrot2Clusterer implements DocumentClusterer {
  /** The Carrot2 algorithms compared. */
  public enum Algorithm {
    LINGO("Lingo"),
    STC("STC"),
    BISECTING_KMEANS("Bisecting K-Means");

    private final String displayName;

    Algorithm(String displayName) {
      this.displayName = displayName;
    }

    public String displayName() {
      return displayName;
    }
  }

  /**
   * Term-document matrix elements Lingo and Bisecting K-Means may use. Carrot2's default (37,500,
   * sized for search-result snippets) keeps ~40 terms for 1,000 whole articles; this keeps ~10,000
   * terms for 1,000 documents, and is a memory bound (8 bytes each, dense). Bisecting K-Means only.
   */
  static final int MAX_MATRIX_ELEMENTS = 10_000_000;

  private final Algorithm algorithm;
  private final int clusterCount;
  private final boolean goldClusterCount;
  private final LanguageComponents language;

  /**
   * @param clusterCount clusters to aim for, {@code >= 2}
   * @param goldClusterCount whether {@code clusterCount} is the gold number (labels the name)
   */
  public Carrot2Clusterer(
      Algorithm algorithm,
      int clusterCount,
      boolean goldClusterCount,
      LanguageComponents language) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    if (clusterCount < 2) {
      throw new IllegalArgumentException("clusterCount must be >= 2: " + clusterCount);
    }
    this.clusterCount = clusterCount;
    this.goldClusterCount = goldClusterCount;
    this.language = Objects.requireNonNull(language, "language");
  }

  /** Loads Carrot2's English language components (stemmer, stop words, tokenizer) once. */
  public static LanguageComponents english() {
    try {
      return LanguageComponents.loader().limitToLanguages("English").load().language("English");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load Carrot2 English language components", e);
    }
  }

  @Override
  public String name() {
    return String.format(
        Locale.ROOT,
        "Carrot2 %s (batch, k=%d%s%s)",
        algorithm.displayName(),
        clusterCount,
        goldClusterCount ? " = gold, oracle" : "",
        algorithm == Algorithm.BISECTING_KMEANS ? ", matrix 10M" : "");
  }

  @Override
  public List<String> cluster(List<NewsDocument> documents) {
    List<Doc> docs = new ArrayList<>(documents.size());
    for (int i = 0; i < documents.size(); i++) {
      docs.add(new Doc(i, documents.get(i)));
    }
    if (docs.isEmpty()) {
      return List.of();
    }
    List<Cluster<Doc>> clusters = newAlgorithm().cluster(docs.stream(), language);
    return labels(docs, clusters);
  }

  private ClusteringAlgorithm newAlgorithm() {
    switch (algorithm) {
      case LINGO:
        LingoClusteringAlgorithm lingo = new LingoClusteringAlgorithm();
        lingo.desiredClusterCount.set(clusterCount);
        // Lingo keeps Carrot2's default matrix size: with MAX_MATRIX_ELEMENTS its label
        // assignment ran over ten minutes on ECB+'s 982 documents.
        return lingo;
      case STC:
        STCClusteringAlgorithm stc = new STCClusteringAlgorithm();
        stc.maxClusters.set(clusterCount);
        stc.maxBaseClusters.set(Math.max(300, 2 * clusterCount));
        return stc;
      case BISECTING_KMEANS:
        BisectingKMeansClusteringAlgorithm kmeans = new BisectingKMeansClusteringAlgorithm();
        kmeans.clusterCount.set(clusterCount);
        kmeans.matrixBuilder.maximumMatrixSize.set(MAX_MATRIX_ELEMENTS);
        return kmeans;
      default:
        throw new IllegalStateException("unknown algorithm " + algorithm);
    }
  }

  /** One label per document: its largest cluster, else a singleton of its own. */
  static List<String> labels(List<Doc> docs, List<Cluster<Doc>> clusters) {
    List<Cluster<Doc>> flat = new ArrayList<>();
    flatten(clusters, flat);
    Map<Doc, Integer> best = new IdentityHashMap<>();
    for (int c = 0; c < flat.size(); c++) {
      Cluster<Doc> cluster = flat.get(c);
      if (isOther(cluster)) {
        continue;
      }
      int size = cluster.getDocuments().size();
      for (Doc doc : cluster.getDocuments()) {
        Integer current = best.get(doc);
        if (current == null || flat.get(current).getDocuments().size() < size) {
          best.put(doc, c);
        }
      }
    }
    List<String> labels = new ArrayList<>(docs.size());
    for (Doc doc : docs) {
      Integer c = best.get(doc);
      labels.add(c == null ? "single-" + doc.index : "c" + c);
    }
    return labels;
  }

  private static void flatten(List<Cluster<Doc>> clusters, List<Cluster<Doc>> out) {
    for (Cluster<Doc> cluster : clusters) {
      out.add(cluster);
      flatten(cluster.getClusters(), out);
    }
  }

  private static boolean isOther(Cluster<Doc> cluster) {
    List<String> labels = cluster.getLabels();
    return labels.size() == 1
        && (labels.get(0).equalsIgnoreCase("Other Topics")
            || labels.get(0).equalsIgnoreCase("Other"));
  }

  /** A document as Carrot2 reads it: fields {@code title} and {@code content}; identity matters. */
  static final class Doc implements Document {
    final int index;
    private final NewsDocument document;

    Doc(int index, NewsDocument document) {
      this.index = index;
      this.document = document;
    }

    @Override
    public void visitFields(BiConsumer<String, String> fieldConsumer) {
      if (document.title() != null) {
        fieldConsumer.accept("title", document.title());
      }
      fieldConsumer.accept("content", document.text());
    }
  }
}
