package dev.parallax.analyze.story;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One article of a story as story analysis needs it.
 *
 * @param id the article's id
 * @param source the outlet that published it
 * @param seen its date, or when it was ingested when it has none
 * @param title its title, or null
 * @param text its cleaned text
 * @param copyOf the id of the article it copies (exact, near or syndicated copy), or null for an
 *     original or a rewrite: copies count once, with their origin
 */
public record StoryArticle(
    String id, String source, Instant seen, String title, String text, String copyOf) {
  /** Story order: when first seen, then by id. */
  public static final Comparator<StoryArticle> BY_SEEN =
      Comparator.comparing(StoryArticle::seen).thenComparing(StoryArticle::id);

  public StoryArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(seen, "seen");
    Objects.requireNonNull(text, "text");
  }

  /** Whether the article is a copy of another one (then it adds no new source of facts). */
  public boolean isCopy() {
    return copyOf != null;
  }
}
