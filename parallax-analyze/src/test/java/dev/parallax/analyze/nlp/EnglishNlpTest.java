package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.ManyThreads;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class EnglishNlpTest {
  private static final String TEXT =
      """
      Afghan President Ashraf Ghani said on Tuesday that the talks in Doha, Qatar, had stalled.
      The 33-year-old actress's rep told People she went to Promises on Tuesday.
      Hewlett-Packard's forthcoming $13.9 billion acquisition of Electronic Data Systems is a good move.
      "I got caught but I'm OK," Thompson said in the ring.
      """;

  @Test
  void greedyTaggingGivesTheModelsBeamSearchTags() throws Exception {
    EnglishNlp nlp = EnglishNlp.load();
    POSModel beamModel = new POSModel(EnglishNlp.open(EnglishNlp.POS_MODEL));
    POSTaggerME beamTagger = new POSTaggerME(beamModel);
    AnalyzedText analyzed = nlp.analyze(TEXT);
    int tokens = 0;
    for (Sentence s : analyzed.sentences()) {
      String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
      String[] beamTags = beamTagger.tag(words);
      for (int i = 0; i < words.length; i++) {
        assertThat(s.tokens().get(i).pos()).as("tag of %s", words[i]).isEqualTo(beamTags[i]);
        tokens++;
      }
    }
    assertThat(tokens).isGreaterThan(60);
    // The comparison above means something only if the loaded tagger really decodes greedily and
    // the reference does not.
    assertThat(nlp.taggerBeamSize()).isEqualTo(1);
    assertThat(beamModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER)).isNotEqualTo("1");
  }

  @Test
  void linesEndSentencesAndOffsetsPointIntoTheText() {
    AnalyzedText analyzed = EnglishNlp.load().analyze("First line without stop\nSecond line.");
    assertThat(analyzed.sentences()).hasSize(2);
    for (Sentence s : analyzed.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(analyzed.slice(t.start(), t.end())).isEqualTo(t.text());
      }
    }
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(EnglishNlp.load().analyze("").sentences()).isEmpty();
    assertThat(EnglishNlp.load().analyze("\n \n").sentences()).isEmpty();
  }

  @Test
  void oneInstanceAnalysesTheSameOnManyThreads() throws Exception {
    EnglishNlp nlp = EnglishNlp.load();
    AnalyzedText expected = nlp.analyze(TEXT);
    List<Boolean> agreed =
        ManyThreads.run(
            4,
            () -> {
              for (int round = 0; round < 20; round++) {
                if (!nlp.analyze(TEXT).equals(expected)) {
                  return false;
                }
              }
              return true;
            });
    assertThat(agreed).hasSize(4).containsOnly(true);
  }

  @Test
  void sentencesBrokenAfterATitleAreJoinedOnTheSameLineOnly() {
    String text = "Gov. Sarah Palin spoke.\nGov.\nPalin left.";
    Sentence gov = new Sentence(0, 4, List.of(new Token("Gov", 0, 3, "PROPN"), dot(3)));
    Sentence palin =
        new Sentence(
            5,
            23,
            List.of(
                new Token("Sarah", 5, 10, "PROPN"),
                new Token("Palin", 11, 16, "PROPN"),
                new Token("spoke", 17, 22, "VERB"),
                dot(22)));
    Sentence nextLine = new Sentence(24, 28, List.of(new Token("Gov.", 24, 28, "PROPN")));
    Sentence left =
        new Sentence(
            29,
            40,
            List.of(
                new Token("Palin", 29, 34, "PROPN"), new Token("left", 35, 39, "VERB"), dot(39)));
    List<Sentence> merged =
        EnglishNlp.mergeAfterAbbreviations(text, List.of(gov, palin, nextLine, left));
    assertThat(merged).hasSize(3);
    assertThat(merged.get(0).start()).isZero();
    assertThat(merged.get(0).end()).isEqualTo(23);
    assertThat(merged.get(0).tokens()).hasSize(6);
    assertThat(merged.get(1)).isEqualTo(nextLine);
    assertThat(merged.get(2)).isEqualTo(left);
  }

  private static Token dot(int at) {
    return new Token(".", at, at + 1, "PUNCT");
  }
}
