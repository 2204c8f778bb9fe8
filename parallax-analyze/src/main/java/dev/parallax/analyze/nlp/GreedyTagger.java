package dev.parallax.analyze.nlp;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Greedy (left-to-right, one hypothesis) part-of-speech tagging with an OpenNLP POS model: the tags
 * {@code POSTaggerME} gives with a beam of 1, without its beam search's per-token sorting, sequence
 * copies and logarithms.
 *
 * <p>Each token gets the valid outcome of highest probability (the first on a tie), given the
 * features of the words and of the tags chosen so far, exactly as {@code BeamSearch} with one
 * hypothesis chooses it. The features are those of the UD-EWT model's generator descriptor ({@code
 * generator.featuregen}: definition, 1-4 char suffixes and prefixes, lower-cased words in a window
 * of two, sentence begin in the same window, token class, previous two tags), built in one pass per
 * sentence instead of through OpenNLP's generic generator chain, which lower-cases and classifies
 * every word five times. {@code GreedyTaggerTest} checks that the features equal the model
 * generator's and the tags equal {@code POSTaggerME}'s. Tags are the model's outcomes unconverted,
 * which for the UD model are the UD tags {@code POSTaggerME} returns.
 *
 * <p>Stateless apart from the shared model: thread-safe.
 */
final class GreedyTagger {
  private static final int AFFIX_LENGTH = 4;
  private static final int WINDOW = 2;
  private static final String[] PREVIOUS_WORD = {"w=", "p1w=", "p2w="};
  private static final String[] NEXT_WORD = {"w=", "n1w=", "n2w="};
  private static final String[] SENTENCE_BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};

  private final SequenceValidator<String> validator;
  private final MaxentModel model;

  GreedyTagger(POSModel posModel) {
    POSTaggerFactory factory = posModel.getFactory();
    this.validator = factory.getSequenceValidator();
    this.model = posModel.getArtifact(EnglishNlp.POS_MODEL_ENTRY);
  }

  /** The tags of a sentence's words, one per word. */
  String[] tag(String[] words) {
    String[] lower = new String[words.length];
    String[] classes = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = StringUtil.toLowerCase(words[i]);
      classes[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
    }
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] before = Arrays.copyOf(tags, i);
      double[] probabilities = model.eval(context(i, words, lower, classes, tags));
      int best = -1;
      for (int outcome = 0; outcome < probabilities.length; outcome++) {
        if ((best < 0 || probabilities[outcome] > probabilities[best])
            && validator.validSequence(i, words, before, model.getOutcome(outcome))) {
          best = outcome;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("the POS model allows no tag for " + words[i]);
      }
      tags[i] = model.getOutcome(best);
    }
    return tags;
  }

  /**
   * The model's features for word {@code i}, in the order its generator gives them (the order of
   * the sums, and so of the rounding, in the model's evaluation).
   *
   * @param lower the words lower-cased as OpenNLP does
   * @param classes the words' token classes
   * @param tags the tags of the words before {@code i}
   */
  static String[] context(int i, String[] words, String[] lower, String[] classes, String[] tags) {
    String word = words[i];
    int affixes = Math.min(AFFIX_LENGTH, word.length());
    String[] out = new String[1 + 2 * affixes + 2 * WINDOW + 1 + 1 + 2 + 2];
    int n = 0;
    out[n++] = "def";
    for (int k = 1; k <= affixes; k++) {
      out[n++] = "suf=" + word.substring(word.length() - k);
    }
    for (int k = 1; k <= affixes; k++) {
      out[n++] = "pre=" + word.substring(0, k);
    }
    out[n++] = "w=" + lower[i];
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out[n++] = PREVIOUS_WORD[k] + lower[i - k];
    }
    for (int k = 1; k <= WINDOW && i + k < words.length; k++) {
      out[n++] = NEXT_WORD[k] + lower[i + k];
    }
    if (i <= WINDOW) {
      out[n++] = SENTENCE_BEGIN[i];
    }
    out[n++] = "wc=" + classes[i];
    out[n++] = "w&c=" + lower[i] + "," + classes[i];
    if (i > 0) {
      out[n++] = "t=" + tags[i - 1];
      if (i > 1) {
        out[n++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
