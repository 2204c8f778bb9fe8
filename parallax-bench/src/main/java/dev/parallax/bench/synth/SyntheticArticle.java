package dev.parallax.bench.synth;

import java.time.Instant;
import java.util.Objects;

/**
 * One generated article: the fields written as a JSONL line, {@code event} being its gold label.
 */
public record SyntheticArticle(
    String id,
    String source,
    String url,
    Instant published,
    String title,
    String text,
    String event) {

  public SyntheticArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(event, "event");
  }
}
