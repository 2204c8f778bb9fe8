package dev.parallax.bench.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * One document as a clusterer sees it: no gold label. {@code title} and {@code published} may be
 * null; {@code id} and {@code text} never are.
 */
public record NewsDocument(String id, String title, String text, Instant published) {
  public NewsDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** Title and text as one string, the title (when there is one) first on its own line. */
  public String titleAndText() {
    return title == null || title.isBlank() ? text : title + "\n" + text;
  }
}
