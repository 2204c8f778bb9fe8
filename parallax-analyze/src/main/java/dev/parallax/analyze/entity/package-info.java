/**
 * Named entities (people, organisations, places, other names) found by rules and gazetteers, and
 * merged across a story's articles into entities with one canonical name.
 *
 * <p>{@link dev.parallax.analyze.entity.EntityRecognizer} finds the mentions of one article; {@link
 * dev.parallax.analyze.entity.EntityMerger} merges the mentions of many articles into {@link
 * dev.parallax.analyze.entity.StoryEntity} records. The gazetteers, cue words and context words are
 * text files next to these classes.
 */
package dev.parallax.analyze.entity;
