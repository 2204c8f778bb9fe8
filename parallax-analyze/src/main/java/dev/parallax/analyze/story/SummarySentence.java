package dev.parallax.analyze.story;

import java.util.Objects;

/**
 * One sentence of a story's extractive summary and where it came from.
 *
 * @param text the sentence as written
 * @param articleId the article it was taken from
 * @param source that article's outlet
 */
public record SummarySentence(String text, String articleId, String source) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(source, "source");
  }
}
