package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.claim.ClaimExtractor;
import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.quote.CapitalizedRunRecognizer;
import dev.parallax.analyze.quote.EcbPlusTexts;
import dev.parallax.analyze.quote.QuoteExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How much quote and claim extraction add to the NLP cost: documents per second on one thread over
 * the 982 ECB+ texts, each already analysed and with its entity mentions at hand. Opt-in (tag
 * "slow"); also runnable as a main.
 */
@Tag("slow")
class ExtractionSpeedBenchmark {
  @Test
  void extractionIsCheapNextToTheNlp() {
    assumeTrue(EcbPlusTexts.available(), "ECB+ corpus not found at " + EcbPlusTexts.path());
    double[] rates = measure();
    assertThat(rates[1]).isGreaterThan(rates[0]);
  }

  /** Returns {NLP docs/s, extraction docs/s}. */
  static double[] measure() {
    EnglishNlp nlp = EnglishNlp.load();
    List<String> texts = new ArrayList<>(EcbPlusTexts.texts().values());
    long t0 = System.nanoTime();
    List<AnalyzedText> analyzed = new ArrayList<>(texts.size());
    for (String t : texts) {
      analyzed.add(nlp.analyze(t));
    }
    long t1 = System.nanoTime();
    CapitalizedRunRecognizer recognizer = new CapitalizedRunRecognizer();
    List<List<EntityMention>> mentions = new ArrayList<>();
    for (AnalyzedText a : analyzed) {
      mentions.add(recognizer.apply(a));
    }
    QuoteExtractor quotes = QuoteExtractor.standard();
    ClaimExtractor claims = ClaimExtractor.standard();
    int found = 0;
    for (int warm = 0; warm < 2; warm++) {
      for (int i = 0; i < analyzed.size(); i++) {
        found += quotes.extract(analyzed.get(i), mentions.get(i)).size();
        found += claims.extract(analyzed.get(i)).size();
      }
    }
    int rounds = 5;
    long t2 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < analyzed.size(); i++) {
        found += quotes.extract(analyzed.get(i), mentions.get(i)).size();
        found += claims.extract(analyzed.get(i)).size();
      }
    }
    long t3 = System.nanoTime();
    double nlpRate = texts.size() / ((t1 - t0) / 1e9);
    double extractRate = rounds * texts.size() / ((t3 - t2) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "%d docs: NLP %.0f docs/s; quotes+claims %.0f docs/s on one thread (%d items)%n",
        texts.size(),
        nlpRate,
        extractRate,
        found);
    return new double[] {nlpRate, extractRate};
  }

  public static void main(String[] args) {
    if (!EcbPlusTexts.available()) {
      System.out.println("ECB+ corpus not found at " + EcbPlusTexts.path());
      return;
    }
    measure();
  }
}
