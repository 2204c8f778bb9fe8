package dev.parallax.analyze.nlp;

import java.util.List;
import java.util.Locale;

/**
 * The tokens of a text's sentences in one sequence, with what rule passes look up per token: the
 * lower-case text, the part of speech without its contraction part ("PROPN+PART" is "PROPN"), the
 * sentence of each token and the first token of each sentence ({@code sentenceFirst[s]}; one more
 * entry, the token count, ends the last sentence). Built once per text; the arrays are not copied,
 * so callers must not change them.
 */
public final class FlatTokens {
  public final Token[] tokens;
  public final String[] lower;
  public final String[] pos;
  public final int[] sentenceOf;
  public final int[] sentenceFirst;

  private FlatTokens(List<Sentence> sentences) {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    tokens = new Token[n];
    lower = new String[n];
    pos = new String[n];
    sentenceOf = new int[n];
    sentenceFirst = new int[sentences.size() + 1];
    int k = 0;
    for (int s = 0; s < sentences.size(); s++) {
      sentenceFirst[s] = k;
      for (Token t : sentences.get(s).tokens()) {
        tokens[k] = t;
        lower[k] = t.text().toLowerCase(Locale.ROOT);
        pos[k] = basePos(t.pos());
        sentenceOf[k] = s;
        k++;
      }
    }
    sentenceFirst[sentences.size()] = k;
  }

  public static FlatTokens of(List<Sentence> sentences) {
    return new FlatTokens(sentences);
  }

  /** A part-of-speech tag without its contraction part: "PROPN+PART" is "PROPN". */
  public static String basePos(String pos) {
    int plus = pos.indexOf('+');
    return plus < 0 ? pos : pos.substring(0, plus);
  }
}
