package dev.parallax.analyze.entity.eval;

import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.eval.CorpusTexts;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.nlp.Sentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures, on one thread, how many documents per second {@link EnglishNlp#analyze} and {@link
 * EntityRecognizer#recognize} handle, on the texts of a JSONL file (ECB+: 982 texts).
 *
 * <p>Each stage runs a warm-up round first; the figure is the best of the measured rounds.
 */
public final class EntityThroughput {
  private EntityThroughput() {}

  /**
   * One measurement.
   *
   * @param documents documents per round
   * @param tokens tokens per round
   * @param analyzePerSecond documents per second of tagging alone
   * @param recognizePerSecond documents per second of recognition alone, on tagged texts
   * @param bothPerSecond documents per second of tagging and recognition together
   */
  public record Throughput(
      int documents,
      long tokens,
      double analyzePerSecond,
      double recognizePerSecond,
      double bothPerSecond) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d docs, %d tokens: analyze %.0f docs/s (%.0f tokens/s), recognize %.0f docs/s,"
              + " analyze+recognize %.0f docs/s",
          documents,
          tokens,
          analyzePerSecond,
          analyzePerSecond * tokens / documents,
          recognizePerSecond,
          bothPerSecond);
    }
  }

  /** Measures both stages over the texts, best of {@code rounds} rounds after a warm-up. */
  public static Throughput measure(
      List<String> texts, EnglishNlp nlp, EntityRecognizer recognizer, int rounds) {
    if (texts.isEmpty() || rounds < 1) {
      throw new IllegalArgumentException(
          "need texts and rounds >= 1: " + texts.size() + " texts, " + rounds + " rounds");
    }
    List<AnalyzedText> analyzed = new ArrayList<>(texts.size());
    long tokens = 0;
    for (String t : texts) {
      AnalyzedText a = nlp.analyze(t);
      analyzed.add(a);
      for (Sentence s : a.sentences()) {
        tokens += s.tokens().size();
      }
    }
    double analyze = 0;
    double recognize = 0;
    double both = 0;
    for (int round = 0; round <= rounds; round++) {
      long t0 = System.nanoTime();
      for (String t : texts) {
        nlp.analyze(t);
      }
      long t1 = System.nanoTime();
      for (AnalyzedText a : analyzed) {
        recognizer.recognize(a);
      }
      long t2 = System.nanoTime();
      for (String t : texts) {
        recognizer.recognize(nlp.analyze(t));
      }
      long t3 = System.nanoTime();
      if (round > 0) {
        analyze = Math.max(analyze, texts.size() / seconds(t1 - t0));
        recognize = Math.max(recognize, texts.size() / seconds(t2 - t1));
        both = Math.max(both, texts.size() / seconds(t3 - t2));
      }
    }
    return new Throughput(texts.size(), tokens, analyze, recognize, both);
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }

  /** The {@code text} fields of a JSONL file, one per article id, in file order. */
  public static List<String> texts(Path jsonl) {
    return List.copyOf(CorpusTexts.read(jsonl, null).texts().values());
  }

  /** Prints the throughput: {@code EntityThroughput <file.jsonl> [rounds]}. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: EntityThroughput <file.jsonl> [rounds]");
      System.exit(1);
      return;
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    EnglishNlp nlp = EnglishNlp.load();
    System.out.println(
        measure(texts(Path.of(args[0])), nlp, EntityRecognizer.standard(nlp), rounds));
  }
}
