package dev.parallax.analyze.nlp;

import java.util.List;
import java.util.Objects;

/**
 * A text split into sentences and tagged tokens; every offset points into {@link #text()}.
 *
 * @param text the analysed text
 * @param sentences its sentences in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
  public AnalyzedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }

  /** The text between two offsets. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }
}
