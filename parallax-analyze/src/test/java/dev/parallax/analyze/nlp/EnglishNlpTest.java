package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 20; round++) {
                    if (!nlp.analyze(TEXT).equals(expected)) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
