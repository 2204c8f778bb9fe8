/** What one story's sources say together: timeline, summary, merged entities, quotes, claims. */
package dev.parallax.analyze.story;
