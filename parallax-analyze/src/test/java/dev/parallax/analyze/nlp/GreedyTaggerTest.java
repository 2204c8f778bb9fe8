package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.quote.EcbPlusTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.Prior;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GreedyTaggerTest {
  private static final String TEXT =
      """
      Afghan President Ashraf Ghani said on Tuesday that the talks in Doha, Qatar, had stalled.
      The 33-year-old actress's rep told People she went to Promises on Tuesday.
      Hewlett-Packard's forthcoming $13.9 billion acquisition of Electronic Data Systems is a move.
      "I got caught but I'm OK," Thompson said at 10:30 p.m. in the U.S. -- 1,000 fans, 2008-09.
      A
      Ü ÄÖ ŞİR 3/4 x-1 ü.b. É. ⅷ 漢字 !!
      """;

  private static POSModel model;

  @BeforeAll
  static void load() throws IOException {
    model = EnglishNlp.withBeam(new POSModel(EnglishNlp.open(EnglishNlp.POS_MODEL)), 1);
  }

  /** Sentences split and tokenized as {@link EnglishNlp} does. */
  static List<String[]> sentences(List<String> texts) throws IOException {
    SentenceDetectorME detector =
        new SentenceDetectorME(new SentenceModel(EnglishNlp.open(EnglishNlp.SENTENCE_MODEL)));
    List<String[]> out = new ArrayList<>();
    for (String text : texts) {
      for (String line : text.split("\n")) {
        for (Span s : detector.sentPosDetect(line)) {
          int[] spans = RuleTokenizer.tokenize(line, s.getStart(), s.getEnd());
          String[] words = new String[spans.length / 2];
          for (int i = 0; i < words.length; i++) {
            words[i] = line.substring(spans[2 * i], spans[2 * i + 1]);
          }
          if (words.length > 0) {
            out.add(words);
          }
        }
      }
    }
    return out;
  }

  /** Compares features and tags with OpenNLP's; returns the number of tokens compared. */
  private static int compare(List<String[]> sentences) {
    return compare(model, new GreedyTagger(model), sentences);
  }

  /** Compares {@code tagger}'s features and tags with OpenNLP's for {@code model}. */
  private static int compare(POSModel model, GreedyTagger tagger, List<String[]> sentences) {
    POSContextGenerator generator = model.getFactory().getPOSContextGenerator(1);
    POSTaggerME reference = new POSTaggerME(model);
    int tokens = 0;
    for (String[] words : sentences) {
      String[] expected = reference.tag(words);
      assertThat(tagger.tag(words)).as("tags of %s", Arrays.toString(words)).isEqualTo(expected);
      String[] lower = new String[words.length];
      String[] classes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        lower[i] = StringUtil.toLowerCase(words[i]);
        classes[i] = FeatureGeneratorUtil.tokenFeature(words[i]);
      }
      for (int i = 0; i < words.length; i++) {
        assertThat(GreedyTagger.context(i, words, lower, classes, expected))
            .as("features of %s in %s", words[i], Arrays.toString(words))
            .containsExactly(generator.getContext(i, words, Arrays.copyOf(expected, i), null));
      }
      tokens += words.length;
    }
    return tokens;
  }

  @Test
  void givesTheFeaturesAndTagsOfOpenNlpsTaggerOnHandWrittenText() throws IOException {
    assertThat(compare(sentences(List.of(TEXT)))).isGreaterThan(80);
  }

  @Test
  void givesTheSameTagsWhenEveryTokenTakesTheLongWayThroughTheProbabilities() throws IOException {
    GreedyTagger exact =
        new GreedyTagger(model, GreedyTagger.MAX_CACHED_WORDS, Double.POSITIVE_INFINITY);
    assertThat(compare(model, exact, sentences(List.of(TEXT)))).isGreaterThan(80);
  }

  @Test
  void givesTheSameTagsWhenTheWordCacheKeepsOverflowing() throws IOException {
    GreedyTagger forgetful = new GreedyTagger(model, 3, GreedyTagger.TIE_MARGIN);
    List<String[]> sentences = sentences(List.of(TEXT));
    assertThat(compare(model, forgetful, sentences)).isGreaterThan(80);
    assertThat(compare(model, forgetful, sentences)).isGreaterThan(80);
  }

  @Test
  void respectsATagDictionaryAsOpenNlpsTaggerDoes() throws IOException {
    POSDictionary dictionary = new POSDictionary(true);
    dictionary.put("Tuesday", "VERB");
    dictionary.put("the", "NOUN", "PROPN");
    dictionary.put("said", "ADJ", "ADV");
    dictionary.put("OK", "X");
    POSModel loaded = new POSModel(EnglishNlp.open(EnglishNlp.POS_MODEL));
    byte[] generator = loaded.getArtifact("generator.featuregen");
    POSModel restricted =
        new POSModel(
            loaded.getLanguage(),
            (MaxentModel) loaded.getArtifact(EnglishNlp.POS_MODEL_ENTRY),
            1,
            Map.of(),
            new POSTaggerFactory(generator, Map.of(), dictionary));
    GreedyTagger tagger = new GreedyTagger(restricted);
    List<String[]> sentences = sentences(List.of(TEXT));

    assertThat(compare(restricted, tagger, sentences)).isGreaterThan(80);
    String[] first = sentences.get(0);
    String[] tags = tagger.tag(first);
    for (int i = 0; i < first.length; i++) {
      switch (first[i]) {
        case "Tuesday" -> assertThat(tags[i]).isEqualTo("VERB");
        case "the" -> assertThat(tags[i]).isIn("NOUN", "PROPN");
        case "said" -> assertThat(tags[i]).isIn("ADJ", "ADV");
        default -> {}
      }
    }
  }

  @Test
  void rejectsAnUnsafeTieMarginAndAnEmptyCache() {
    assertThatThrownBy(() -> new GreedyTagger(model, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tieMargin");
    assertThatThrownBy(() -> new GreedyTagger(model, 10, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tieMargin");
    assertThatThrownBy(() -> new GreedyTagger(model, 0, GreedyTagger.TIE_MARGIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCachedWords");
  }

  @Test
  void rejectsAModelWhoseProbabilitiesItWouldNotReproduce() {
    Context[] parameters = {new Context(new int[] {0, 1}, new double[] {0.5, -0.25})};
    String[] predicates = {"def"};
    String[] outcomes = {"NOUN", "VERB"};
    GISModel uniform = new GISModel(parameters, predicates, outcomes);
    GISModel skewed = new GISModel(parameters, predicates, outcomes, new SkewedPrior());

    assertThat(new GreedyTagger(tinyModel(uniform)).tag(new String[] {"a", "b"}))
        .containsExactly("NOUN", "NOUN");
    assertThatThrownBy(() -> new GreedyTagger(tinyModel(skewed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uniform prior");
  }

  private static POSModel tinyModel(GISModel maxent) {
    return new POSModel("en", maxent, 1, Map.of(), new POSTaggerFactory());
  }

  /** A prior that favours the second outcome, which a POS model read from a file never has. */
  private static final class SkewedPrior implements Prior {
    @Override
    public void logPrior(double[] dist, int[] context) {
      logPrior(dist, context, null);
    }

    @Override
    public void logPrior(double[] dist, int[] context, float[] values) {
      Arrays.fill(dist, Math.log(0.25));
      dist[dist.length - 1] = Math.log(0.75);
    }

    @Override
    public void logPrior(double[] dist, Context[] context, float[] values) {
      logPrior(dist, (int[]) null, values);
    }

    @Override
    public void setLabels(String[] outcomeLabels, String[] contextLabels) {}
  }

  @Test
  void givesTheFeaturesAndTagsOfOpenNlpsTaggerOnEcbPlus() throws IOException {
    assumeTrue(EcbPlusTexts.available(), "ECB+ data not present");
    List<String> texts = List.copyOf(EcbPlusTexts.texts().values());
    assertThat(compare(sentences(texts))).isGreaterThan(300_000);
  }
}
