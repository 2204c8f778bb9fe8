package dev.parallax.analyze.entity;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a story: all the mentions, across the story's articles, that name it.
 *
 * @param canonical its name: the alias table's name when it has one ("United States" for "U.S."),
 *     else the longest form seen ("Ashraf Ghani" for "Ghani")
 * @param type the type most of its mentions have
 * @param mentions how many mentions name it
 * @param sources how many distinct sources name it
 * @param forms the distinct forms it is written in, most frequent first
 */
public record StoryEntity(
    String canonical, EntityType type, int mentions, int sources, List<String> forms) {
  public StoryEntity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    forms = List.copyOf(forms);
    if (mentions < 1) {
      throw new IllegalArgumentException("mentions must be at least 1: " + mentions);
    }
    if (sources < 1 || sources > mentions) {
      throw new IllegalArgumentException("sources must be in [1, mentions]: " + sources);
    }
  }
}
