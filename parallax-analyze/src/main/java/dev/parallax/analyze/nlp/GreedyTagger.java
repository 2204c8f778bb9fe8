package dev.parallax.analyze.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Greedy (left-to-right, one hypothesis) part-of-speech tagging with an OpenNLP POS model: the tags
 * {@code POSTaggerME} gives with a beam of 1, without its beam search's per-token sorting, sequence
 * copies and logarithms, and without building feature strings for words seen before.
 *
 * <p>Each token gets the valid outcome of highest probability (the first on a tie), given the
 * features of the words and of the tags chosen so far, exactly as {@code BeamSearch} with one
 * hypothesis chooses it. The features are those of the UD-EWT model's generator descriptor ({@code
 * generator.featuregen}: definition, 1-4 char suffixes and prefixes, lower-cased words in a window
 * of two, sentence begin in the same window, token class, previous two tags); {@link #context}
 * spells them out, and {@code GreedyTaggerTest} checks that they equal the model generator's and
 * that the tags equal {@code POSTaggerME}'s. Tags are the model's outcomes unconverted, which for
 * the UD model are the UD tags {@code POSTaggerME} returns.
 *
 * <p>How it stays exact while skipping most of the work of {@code GISModel.eval}:
 *
 * <ul>
 *   <li>The features of a word that depend on the word alone are looked up in the model once per
 *       word and kept in a bounded cache: the model's parameter rows for the word as a neighbour
 *       ({@code p1w=} and so on), for its class, and, because the definition, affix and {@code w=}
 *       features come first in the sum, the running scores after them. The tag features are looked
 *       up once per tag (pair) when the tagger is made. Every score is then the same sequence of
 *       floating-point additions that {@code GISModel} performs, so it is the same double.
 *   <li>The probabilities {@code exp(score) / sum} are computed only when they could matter: the
 *       chosen tag is the valid outcome of highest score unless another valid outcome scores within
 *       {@value #TIE_MARGIN} of it (or the scores are so extreme that {@code exp} could overflow or
 *       underflow). A gap of that size survives {@code StrictMath.exp} (error below one ulp) and
 *       the division by the common sum (correctly rounded), so the probabilities order the two
 *       outcomes the same way. In the close cases the tagger computes the probabilities exactly as
 *       {@code GISModel} does and picks as {@code BeamSearch} does. (The scores start from the
 *       uniform prior that {@code GISModel} gets when it is read from a model file.)
 * </ul>
 *
 * <p>On ECB+ (364,717 tokens) no token needs the long way, and tagging takes about a quarter of the
 * time it took with feature strings and {@code GISModel.eval} ({@code TaggerSpeedBenchmark}, one
 * thread: 0.71-0.78 s before, 0.16-0.21 s after).
 *
 * <p>Not thread-safe (the cache and scratch arrays are mutable): use one instance per thread. The
 * model it reads is shared and never changed.
 */
final class GreedyTagger {
  private static final int AFFIX_LENGTH = 4;
  private static final int WINDOW = 2;
  private static final String[] PREVIOUS_WORD = {"w=", "p1w=", "p2w="};
  private static final String[] NEXT_WORD = {"w=", "n1w=", "n2w="};
  private static final String[] SENTENCE_BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};

  /**
   * Words whose features are kept (about 9 MB when full; the 982 ECB+ texts have 21,123 distinct
   * words); the cache is emptied when it is full.
   */
  static final int MAX_CACHED_WORDS = 1 << 15;

  /**
   * How far apart (in log-probability) the two best valid scores must be for the tagger to skip the
   * probabilities: far more than the rounding error of {@code exp} and the division.
   */
  static final double TIE_MARGIN = 1e-9;

  /**
   * Bound on the absolute scores (and on the best valid score's distance below the top score) for
   * which {@code exp} and the division can neither overflow nor underflow to a subnormal.
   */
  private static final double SCORE_LIMIT = 600;

  private final int maxCachedWords;
  private final double tieMargin;
  private final SequenceValidator<String> validator;
  private final String[] outcomes;
  private final Map<String, Context> predicates;

  /** The uniform prior {@code GISModel} starts every score from. */
  private final double logPrior;

  private final Context definition;

  /** The {@code S=begin} features by word position, null where the model lacks one. */
  private final Context[] sentenceBegin;

  /** The {@code t=} feature by the previous tag's outcome index. */
  private final Context[] previousTag;

  /** The {@code t2=} feature by {@code outcomes * twoBack + oneBack}. */
  private final Context[] previousTwoTags;

  private final Map<String, Word> cache = new HashMap<>();
  private final double[] scores;
  private final double[] probabilities;
  private final boolean[] rejected;
  private Word[] sentenceWords = new Word[64];
  private int[] tagIndices = new int[64];

  /**
   * A word's parameter rows, each null if the model lacks the feature.
   *
   * @param ownScores the scores after the prior, the definition, the affix and the {@code w=}
   *     features, which come first in the model's sum
   */
  private record Word(
      double[] ownScores,
      Context previous1,
      Context previous2,
      Context next1,
      Context next2,
      Context wordClass,
      Context wordAndClass) {}

  /**
   * Makes a tagger for a POS model whose maxent model is a {@code GISModel}.
   *
   * @throws IllegalArgumentException if the maxent model is of another kind
   */
  GreedyTagger(POSModel posModel) {
    this(posModel, MAX_CACHED_WORDS, TIE_MARGIN);
  }

  /**
   * Makes a tagger with another cache size or tie margin, for tests: a margin of infinity makes
   * every token take the long way through the probabilities.
   *
   * @throws IllegalArgumentException if the maxent model is not a {@code GISModel}, {@code
   *     maxCachedWords} is below 1 or {@code tieMargin} is below {@link #TIE_MARGIN} (or NaN)
   */
  GreedyTagger(POSModel posModel, int maxCachedWords, double tieMargin) {
    if (maxCachedWords < 1) {
      throw new IllegalArgumentException("maxCachedWords must be at least 1: " + maxCachedWords);
    }
    if (!(tieMargin >= TIE_MARGIN)) {
      throw new IllegalArgumentException(
          "tieMargin must be at least " + TIE_MARGIN + " to keep the tags exact: " + tieMargin);
    }
    this.maxCachedWords = maxCachedWords;
    this.tieMargin = tieMargin;
    MaxentModel model = posModel.getArtifact(EnglishNlp.POS_MODEL_ENTRY);
    if (!(model instanceof GISModel gis)) {
      throw new IllegalArgumentException(
          "posModel: expected a GIS maxent model, got " + model.getClass().getName());
    }
    this.validator = posModel.getFactory().getSequenceValidator();
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    this.predicates = pmap;
    this.outcomes = ((String[]) data[2]).clone();
    int n = outcomes.length;
    // As UniformPrior.setLabels computes it.
    this.logPrior = StrictMath.log(1.0 / n);
    this.definition = predicates.get("def");
    this.sentenceBegin = new Context[SENTENCE_BEGIN.length];
    for (int i = 0; i < SENTENCE_BEGIN.length; i++) {
      sentenceBegin[i] = predicates.get(SENTENCE_BEGIN[i]);
    }
    this.previousTag = new Context[n];
    this.previousTwoTags = new Context[n * n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = predicates.get("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTwoTags[n * a + b] = predicates.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    this.scores = new double[n];
    this.probabilities = new double[n];
    this.rejected = new boolean[n];
    checkProbabilities(gis);
  }

  /**
   * Checks on one context that this tagger's probabilities are the model's to the last bit, which
   * they would not be if the model had, say, a prior other than the uniform one.
   *
   * @throws IllegalArgumentException if they are not
   */
  private void checkProbabilities(GISModel gis) {
    String[] probe = {"def", SENTENCE_BEGIN[0], "t=" + outcomes[0]};
    Arrays.fill(scores, logPrior);
    for (String feature : probe) {
      add(predicates.get(feature));
    }
    computeProbabilities();
    if (!Arrays.equals(probabilities, gis.eval(probe))) {
      throw new IllegalArgumentException(
          "posModel: its maxent model evaluates otherwise than a GIS model with a uniform prior");
    }
  }

  /** The tags of a sentence's words, one per word. */
  String[] tag(String[] words) {
    int length = words.length;
    if (sentenceWords.length < length) {
      sentenceWords = new Word[Math.max(length, 2 * sentenceWords.length)];
      tagIndices = new int[sentenceWords.length];
    }
    for (int i = 0; i < length; i++) {
      sentenceWords[i] = word(words[i]);
    }
    String[] tags = new String[length];
    for (int i = 0; i < length; i++) {
      score(i, length);
      int best = choose(i, words, tags);
      tagIndices[i] = best;
      tags[i] = outcomes[best];
    }
    return tags;
  }

  /**
   * Fills {@link #scores} for word {@code i}, adding the features' parameters in the order of
   * {@link #context}, as {@code GISModel} does.
   */
  private void score(int i, int length) {
    Word[] w = sentenceWords;
    System.arraycopy(w[i].ownScores, 0, scores, 0, scores.length);
    if (i >= 1) {
      add(w[i - 1].previous1);
      if (i >= 2) {
        add(w[i - 2].previous2);
      }
    }
    if (i + 1 < length) {
      add(w[i + 1].next1);
      if (i + 2 < length) {
        add(w[i + 2].next2);
      }
    }
    if (i <= WINDOW) {
      add(sentenceBegin[i]);
    }
    add(w[i].wordClass);
    add(w[i].wordAndClass);
    if (i >= 1) {
      add(previousTag[tagIndices[i - 1]]);
      if (i >= 2) {
        add(previousTwoTags[outcomes.length * tagIndices[i - 2] + tagIndices[i - 1]]);
      }
    }
  }

  private void add(Context feature) {
    add(scores, feature);
  }

  /** Adds a feature's parameters as {@code ArrayMath.sumFeatures} does (value 1). */
  private static void add(double[] scores, Context feature) {
    if (feature == null) {
      return;
    }
    int[] outcomeIndices = feature.getOutcomes();
    double[] parameters = feature.getParameters();
    for (int j = 0; j < outcomeIndices.length; j++) {
      scores[outcomeIndices[j]] += parameters[j];
    }
  }

  /**
   * The outcome index {@code BeamSearch} with one hypothesis chooses for word {@code i} given
   * {@link #scores}: the valid outcome of highest probability, the first on a tie.
   */
  private int choose(int i, String[] words, String[] tags) {
    double top = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      if (Double.isNaN(s) || s > SCORE_LIMIT) {
        return chooseByProbability(i, words, tags);
      }
      top = Math.max(top, s);
    }
    String[] before = Arrays.copyOf(tags, i);
    Arrays.fill(rejected, false);
    while (true) {
      int best = -1;
      for (int o = 0; o < scores.length; o++) {
        if (!rejected[o] && (best < 0 || scores[o] > scores[best])) {
          best = o;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("the POS model allows no tag for " + words[i]);
      }
      if (!validator.validSequence(i, words, before, outcomes[best])) {
        rejected[best] = true;
        continue;
      }
      if (!(scores[best] > -SCORE_LIMIT && scores[best] > top - SCORE_LIMIT)) {
        return chooseByProbability(i, words, tags);
      }
      for (int o = 0; o < scores.length; o++) {
        if (o != best
            && !rejected[o]
            && scores[o] >= scores[best] - tieMargin
            && validator.validSequence(i, words, before, outcomes[o])) {
          return chooseByProbability(i, words, tags);
        }
      }
      return best;
    }
  }

  /** {@link #choose} the long way: the probabilities as {@code GISModel.eval} computes them. */
  private int chooseByProbability(int i, String[] words, String[] tags) {
    computeProbabilities();
    String[] before = Arrays.copyOf(tags, i);
    int best = -1;
    for (int o = 0; o < probabilities.length; o++) {
      if ((best < 0 || probabilities[o] > probabilities[best])
          && validator.validSequence(i, words, before, outcomes[o])) {
        best = o;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("the POS model allows no tag for " + words[i]);
    }
    return best;
  }

  /** Fills {@link #probabilities} from {@link #scores} as {@code GISModel.eval} does. */
  private void computeProbabilities() {
    double sum = 0;
    for (int o = 0; o < scores.length; o++) {
      probabilities[o] = StrictMath.exp(scores[o]);
      sum += probabilities[o];
    }
    for (int o = 0; o < scores.length; o++) {
      probabilities[o] /= sum;
    }
  }

  /** The cached parameter rows of a word, looked up in the model on first sight. */
  private Word word(String word) {
    Word cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= maxCachedWords) {
      cache.clear();
    }
    String lower = StringUtil.toLowerCase(word);
    String wordClass = FeatureGeneratorUtil.tokenFeature(word);
    double[] own = new double[outcomes.length];
    Arrays.fill(own, logPrior);
    add(own, definition);
    for (String feature : ownFeatures(word, lower)) {
      add(own, predicates.get(feature));
    }
    Word entry =
        new Word(
            own,
            predicates.get(PREVIOUS_WORD[1] + lower),
            predicates.get(PREVIOUS_WORD[2] + lower),
            predicates.get(NEXT_WORD[1] + lower),
            predicates.get(NEXT_WORD[2] + lower),
            predicates.get(classFeature(wordClass)),
            predicates.get(wordAndClassFeature(lower, wordClass)));
    cache.put(word, entry);
    return entry;
  }

  /**
   * The features after {@code def} that depend on the word alone: suffixes, prefixes, {@code w=}.
   */
  private static String[] ownFeatures(String word, String lower) {
    int affixes = Math.min(AFFIX_LENGTH, word.length());
    String[] out = new String[2 * affixes + 1];
    int n = 0;
    for (int k = 1; k <= affixes; k++) {
      out[n++] = "suf=" + word.substring(word.length() - k);
    }
    for (int k = 1; k <= affixes; k++) {
      out[n++] = "pre=" + word.substring(0, k);
    }
    out[n] = "w=" + lower;
    return out;
  }

  private static String classFeature(String wordClass) {
    return "wc=" + wordClass;
  }

  private static String wordAndClassFeature(String lower, String wordClass) {
    return "w&c=" + lower + "," + wordClass;
  }

  /**
   * The model's features for word {@code i}, in the order its generator gives them (the order of
   * the sums, and so of the rounding, in the model's evaluation). The tagger adds the same
   * features' parameters in this order without building the strings for words it has seen.
   *
   * @param lower the words lower-cased as OpenNLP does
   * @param classes the words' token classes
   * @param tags the tags of the words before {@code i}
   */
  static String[] context(int i, String[] words, String[] lower, String[] classes, String[] tags) {
    String[] own = ownFeatures(words[i], lower[i]);
    String[] out = new String[1 + own.length + 2 * WINDOW + 1 + 2 + 2];
    int n = 0;
    out[n++] = "def";
    for (String feature : own) {
      out[n++] = feature;
    }
    for (int k = 1; k <= WINDOW && i - k >= 0; k++) {
      out[n++] = PREVIOUS_WORD[k] + lower[i - k];
    }
    for (int k = 1; k <= WINDOW && i + k < words.length; k++) {
      out[n++] = NEXT_WORD[k] + lower[i + k];
    }
    if (i <= WINDOW) {
      out[n++] = SENTENCE_BEGIN[i];
    }
    out[n++] = classFeature(classes[i]);
    out[n++] = wordAndClassFeature(lower[i], classes[i]);
    if (i > 0) {
      out[n++] = "t=" + tags[i - 1];
      if (i > 1) {
        out[n++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
