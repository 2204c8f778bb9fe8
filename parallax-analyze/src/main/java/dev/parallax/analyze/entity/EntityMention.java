package dev.parallax.analyze.entity;

import java.util.Objects;

/**
 * One mention of a named entity in a text.
 *
 * @param text the mention as written ("President Ashraf Ghani" is written "Ashraf Ghani" once its
 *     title is stripped; the title is not part of the mention)
 * @param start offset of its first char in the analysed text
 * @param end offset just past its last char
 * @param type what kind of entity it names
 */
public record EntityMention(String text, int start, int end, EntityType type) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
