package dev.parallax.analyze.nlp;

import java.util.List;

/**
 * One sentence of an analysed text with its tokens.
 *
 * @param start offset of the sentence's first char in the analysed text
 * @param end offset just past its last char
 * @param tokens its tokens in order, never empty
 */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
