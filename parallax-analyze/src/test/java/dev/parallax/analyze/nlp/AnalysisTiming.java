package dev.parallax.analyze.nlp;

import dev.parallax.analyze.claim.ClaimExtractor;
import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.quote.EcbPlusTexts;
import dev.parallax.analyze.quote.QuoteExtractor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-threaded time of each analysis stage over the 982 ECB+ texts, as {@code ArticleAnalyzer}
 * runs them: sentence splitting alone, the whole NLP step (splitting, tokenizing, tagging),
 * entities, quotes, claims. Best of {@code rounds} (default 3) after {@code warm} (default 3)
 * warm-up rounds. A main, not a test.
 */
final class AnalysisTiming {
  private AnalysisTiming() {}

  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    EnglishNlp nlp = EnglishNlp.load();
    EntityRecognizer entities = EntityRecognizer.standard(nlp);
    QuoteExtractor quotes = QuoteExtractor.standard();
    ClaimExtractor claims = ClaimExtractor.standard();
    List<String> texts = new ArrayList<>(EcbPlusTexts.texts().values());
    long[] best = new long[6];
    Arrays.fill(best, Long.MAX_VALUE);
    String[] names = {"sentences", "nlp", "entities", "quotes", "claims", "total"};
    for (int r = 0; r < warm + rounds; r++) {
      long[] t = new long[6];
      long sink = 0;
      long s0 = System.nanoTime();
      for (String text : texts) {
        sink += EnglishNlp.sentenceCount(nlp, text);
      }
      t[0] = System.nanoTime() - s0;
      List<AnalyzedText> analyzed = new ArrayList<>(texts.size());
      long a0 = System.nanoTime();
      for (String text : texts) {
        analyzed.add(nlp.analyze(text));
      }
      t[1] = System.nanoTime() - a0;
      List<List<EntityMention>> mentions = new ArrayList<>(texts.size());
      long e0 = System.nanoTime();
      for (AnalyzedText a : analyzed) {
        mentions.add(entities.recognize(a));
      }
      t[2] = System.nanoTime() - e0;
      long q0 = System.nanoTime();
      for (int i = 0; i < analyzed.size(); i++) {
        sink += quotes.extract(analyzed.get(i), mentions.get(i)).size();
      }
      t[3] = System.nanoTime() - q0;
      long c0 = System.nanoTime();
      for (AnalyzedText a : analyzed) {
        sink += claims.extract(a).size();
      }
      t[4] = System.nanoTime() - c0;
      t[5] = t[1] + t[2] + t[3] + t[4];
      StringBuilder line =
          new StringBuilder(String.format(Locale.ROOT, "%s %d:", r < warm ? "warm" : "run ", r));
      for (int i = 0; i < 6; i++) {
        line.append(String.format(Locale.ROOT, " %s %.0f ms", names[i], t[i] / 1e6));
        if (r >= warm) {
          best[i] = Math.min(best[i], t[i]);
        }
      }
      System.out.println(line + " (" + sink + ")");
    }
    StringBuilder line =
        new StringBuilder("best of " + rounds + " over " + texts.size() + " texts:");
    for (int i = 0; i < 6; i++) {
      line.append(String.format(Locale.ROOT, " %s %.0f ms", names[i], best[i] / 1e6));
    }
    System.out.println(line);
  }
}
