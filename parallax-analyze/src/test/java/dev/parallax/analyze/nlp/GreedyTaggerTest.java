package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.quote.EcbPlusTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
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
  private static List<String[]> sentences(List<String> texts) throws IOException {
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
    POSContextGenerator generator = model.getFactory().getPOSContextGenerator(1);
    POSTaggerME reference = new POSTaggerME(model);
    GreedyTagger tagger = new GreedyTagger(model);
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
  void givesTheFeaturesAndTagsOfOpenNlpsTaggerOnEcbPlus() throws IOException {
    assumeTrue(EcbPlusTexts.available(), "ECB+ data not present");
    List<String> texts = List.copyOf(EcbPlusTexts.texts().values());
    assertThat(compare(sentences(texts))).isGreaterThan(300_000);
  }
}
