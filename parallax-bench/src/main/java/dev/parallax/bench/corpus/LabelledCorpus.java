package dev.parallax.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Documents with their gold labels in stream order, and the problems met reading them (at most
 * {@link LabelledCorpusReader#MAX_PROBLEMS} listed, all counted).
 */
public record LabelledCorpus(
    List<NewsDocument> documents, List<String> labels, List<String> problems, int problemCount) {

  public LabelledCorpus {
    documents = List.copyOf(documents);
    labels = List.copyOf(labels);
    problems = List.copyOf(problems);
    if (documents.size() != labels.size()) {
      throw new IllegalArgumentException(
          "documents and labels differ in size: " + documents.size() + ", " + labels.size());
    }
  }

  /** How many distinct gold labels there are. */
  public int goldClusters() {
    return (int) labels.stream().distinct().count();
  }

  /** A corpus of labelled documents sorted into stream order; see {@link StreamOrder}. */
  public static LabelledCorpus inStreamOrder(
      List<NewsDocument> documents, List<String> labels, List<String> problems, int count) {
    Objects.requireNonNull(documents, "documents");
    Integer[] order = new Integer[documents.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order, (a, b) -> StreamOrder.COMPARATOR.compare(documents.get(a), documents.get(b)));
    List<NewsDocument> d = new ArrayList<>(order.length);
    List<String> l = new ArrayList<>(order.length);
    for (int i : order) {
      d.add(documents.get(i));
      l.add(labels.get(i));
    }
    return new LabelledCorpus(d, l, problems, count);
  }
}
