package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.quote.EcbPlusTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;

/**
 * How long {@link GreedyTagger} takes to tag the 982 ECB+ texts on one thread, sentences split and
 * tokenized beforehand: the best of five timed rounds after two warm-up rounds, with a checksum of
 * the tags so that runs can be compared. Opt-in (tag "slow"); also runnable as a main.
 */
@org.junit.jupiter.api.Tag("slow")
class TaggerSpeedBenchmark {
  private static final int WARM_UP_ROUNDS = 2;
  private static final int TIMED_ROUNDS = 5;

  @org.junit.jupiter.api.Test
  void tagsEcbPlus() {
    assumeTrue(EcbPlusTexts.available(), "ECB+ corpus not found at " + EcbPlusTexts.path());
    assertThat(measure()).isPositive();
  }

  /** Returns the best round's time in milliseconds. */
  static double measure() {
    try {
      POSModel model =
          EnglishNlp.withBeam(
              new POSModel(EnglishNlp.open(EnglishNlp.POS_MODEL)), EnglishNlp.TAGGER_BEAM);
      List<String[]> sentences = sentences(List.copyOf(EcbPlusTexts.texts().values()));
      long tokens = sentences.stream().mapToLong(s -> s.length).sum();
      GreedyTagger tagger = new GreedyTagger(model);
      double bestMillis = Double.MAX_VALUE;
      for (int round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round++) {
        long start = System.nanoTime();
        long checksum = 0;
        for (String[] words : sentences) {
          for (String tag : tagger.tag(words)) {
            checksum = 31 * checksum + tag.hashCode();
          }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (round >= WARM_UP_ROUNDS) {
          bestMillis = Math.min(bestMillis, millis);
        }
        System.out.printf(
            Locale.ROOT,
            "round %d: %d tokens in %.0f ms (%.0f tokens/s), tag checksum %x%n",
            round,
            tokens,
            millis,
            tokens / (millis / 1e3),
            checksum);
      }
      System.out.printf(Locale.ROOT, "best of %d rounds: %.0f ms%n", TIMED_ROUNDS, bestMillis);
      return bestMillis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sentences split and tokenized as {@link EnglishNlp} does. */
  private static List<String[]> sentences(List<String> texts) throws IOException {
    return GreedyTaggerTest.sentences(texts);
  }

  public static void main(String[] args) {
    if (!EcbPlusTexts.available()) {
      System.out.println("ECB+ corpus not found at " + EcbPlusTexts.path());
      return;
    }
    measure();
  }
}
