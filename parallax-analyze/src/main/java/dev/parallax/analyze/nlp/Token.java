package dev.parallax.analyze.nlp;

import java.util.Objects;

/**
 * One token of an analysed text.
 *
 * @param text the token as it appears in the text
 * @param start offset of its first char in the analysed text
 * @param end offset just past its last char
 * @param pos its Universal Dependencies part-of-speech tag ({@code PROPN}, {@code NOUN}, ...)
 */
public record Token(String text, int start, int end, String pos) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pos, "pos");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
