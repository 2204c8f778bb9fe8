package dev.parallax.analyze.entity;

import java.util.List;
import java.util.Objects;

/**
 * The entity mentions of one article, with the outlet that published it.
 *
 * @param source the outlet ("reuters.com", "BBC"); articles of one outlet count as one source
 * @param mentions the article's mentions
 */
public record SourcedMentions(String source, List<EntityMention> mentions) {
  public SourcedMentions {
    Objects.requireNonNull(source, "source");
    mentions = List.copyOf(mentions);
  }
}
