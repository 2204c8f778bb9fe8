package dev.parallax.extract.body;

import java.util.Objects;

/**
 * One paragraph of a page's main text.
 *
 * @param text the paragraph's text, whitespace collapsed, never blank
 * @param quote true for an embedded social-media post (a tweet, an Instagram or TikTok embed),
 *     whose text a reader should attribute to someone other than the author
 */
public record Paragraph(String text, boolean quote) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank");
    }
  }
}
