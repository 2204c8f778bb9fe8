package dev.parallax.bench.baseline;

import dev.parallax.bench.corpus.NewsDocument;
import java.util.List;

/** Clusters documents: one cluster label per document, in the documents' order. */
public interface DocumentClusterer {
  /** A short name for tables, saying any advantage the method was given. */
  String name();

  /**
   * One label per document of {@code documents} (which come in stream order); documents with equal
   * labels are in one cluster. Never null, never sees gold labels.
   */
  List<String> cluster(List<NewsDocument> documents);
}
