package dev.parallax.analyze.nlp;

import dev.parallax.analyze.quote.EcbPlusTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Measures how well {@link RuleTokenizer} agrees with the OpenNLP UD-EWT tokenizer model it
 * replaces, sentence by sentence (split as {@link EnglishNlp} splits them).
 *
 * <p>Boundary agreement is the F1 of the two sets of token boundaries (every offset where a token
 * starts or ends); token agreement is the share of the model's tokens that the rules give with the
 * same span.
 *
 * <pre>
 * java -cp ... dev.parallax.analyze.nlp.TokenizerAgreement [--diff N] FILE_OR_DIR...
 * </pre>
 *
 * A {@code .jsonl} file is read as ECB+ ({@code text} field); a directory's {@code .txt} files and
 * any other file are read as one text each.
 */
public final class TokenizerAgreement {
  private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  /** The counts of one comparison. */
  public record Agreement(
      long modelBoundaries,
      long ruleBoundaries,
      long commonBoundaries,
      long modelTokens,
      long sameTokens,
      Map<String, Integer> differences) {
    /** F1 of the boundary sets. */
    public double boundaryF1() {
      return 2.0 * commonBoundaries / (modelBoundaries + ruleBoundaries);
    }

    /** Share of the model's tokens the rules reproduce exactly. */
    public double tokenAgreement() {
      return (double) sameTokens / modelTokens;
    }

    public String report(String label) {
      return String.format(
          Locale.ROOT,
          "%s: boundary agreement %.4f (model %d, rules %d, common %d); token agreement %.4f"
              + " (%d of %d)%n",
          label,
          boundaryF1(),
          modelBoundaries,
          ruleBoundaries,
          commonBoundaries,
          tokenAgreement(),
          sameTokens,
          modelTokens);
    }
  }

  private TokenizerAgreement() {}

  /** Compares the rules with the model on these texts. */
  public static Agreement measure(List<String> texts) {
    SentenceDetectorME sentences;
    TokenizerME model;
    try {
      sentences =
          new SentenceDetectorME(new SentenceModel(EnglishNlp.open(EnglishNlp.SENTENCE_MODEL)));
      model = new TokenizerME(new TokenizerModel(EnglishNlp.open(TOKEN_MODEL)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long modelBoundaries = 0;
    long ruleBoundaries = 0;
    long common = 0;
    long modelTokens = 0;
    long same = 0;
    Map<String, Integer> differences = new HashMap<>();
    for (String text : texts) {
      for (String line : text.split("\n", -1)) {
        if (line.isBlank()) {
          continue;
        }
        for (Span s : sentences.sentPosDetect(line)) {
          String sentence = line.substring(s.getStart(), s.getEnd());
          Span[] expected = model.tokenizePos(sentence);
          int[] actual = RuleTokenizer.tokenize(sentence, 0, sentence.length());
          TreeSet<Integer> a = new TreeSet<>();
          TreeSet<Integer> b = new TreeSet<>();
          TreeSet<Long> expectedSpans = new TreeSet<>();
          for (Span t : expected) {
            a.add(t.getStart());
            a.add(t.getEnd());
            expectedSpans.add(((long) t.getStart() << 32) | t.getEnd());
          }
          for (int i = 0; i < actual.length; i += 2) {
            b.add(actual[i]);
            b.add(actual[i + 1]);
            if (expectedSpans.contains(((long) actual[i] << 32) | actual[i + 1])) {
              same++;
            }
          }
          modelTokens += expected.length;
          modelBoundaries += a.size();
          ruleBoundaries += b.size();
          TreeSet<Integer> both = new TreeSet<>(a);
          both.retainAll(b);
          common += both.size();
          if (!a.equals(b)) {
            recordDifferences(sentence, expected, actual, differences);
          }
        }
      }
    }
    return new Agreement(modelBoundaries, ruleBoundaries, common, modelTokens, same, differences);
  }

  /** Records, per whitespace-separated chunk that differs, both tokenizations. */
  private static void recordDifferences(
      String sentence, Span[] expected, int[] actual, Map<String, Integer> differences) {
    int i = 0;
    while (i < sentence.length()) {
      while (i < sentence.length() && Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < sentence.length() && !Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (start == i) {
        continue;
      }
      StringBuilder m = new StringBuilder();
      for (Span t : expected) {
        if (t.getStart() >= start && t.getEnd() <= i) {
          m.append(m.isEmpty() ? "" : " | ").append(sentence, t.getStart(), t.getEnd());
        }
      }
      StringBuilder r = new StringBuilder();
      for (int k = 0; k < actual.length; k += 2) {
        if (actual[k] >= start && actual[k + 1] <= i) {
          r.append(r.isEmpty() ? "" : " | ").append(sentence, actual[k], actual[k + 1]);
        }
      }
      if (!m.toString().equals(r.toString())) {
        differences.merge("model [" + m + "]  rules [" + r + "]", 1, Integer::sum);
      }
    }
  }

  /** Texts of an ECB+ file, a directory of {@code .txt} files, or one plain text file. */
  public static List<String> read(Path path) {
    try {
      if (Files.isDirectory(path)) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(path)) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            out.add(Files.readString(p, StandardCharsets.UTF_8));
          }
        }
        return out;
      }
      if (path.toString().endsWith(".jsonl")) {
        return List.copyOf(EcbPlusTexts.texts(path).values());
      }
      return List.of(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  public static void main(String[] args) {
    int diff = 0;
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--diff")) {
        diff = Integer.parseInt(args[++i]);
      } else {
        paths.add(Path.of(args[i]));
      }
    }
    if (paths.isEmpty()) {
      System.err.println("usage: TokenizerAgreement [--diff N] FILE_OR_DIR...");
      System.exit(2);
    }
    Map<String, Integer> all = new HashMap<>();
    for (Path p : paths) {
      Agreement agreement = measure(read(p));
      System.out.print(agreement.report(p.toString()));
      agreement.differences().forEach((k, v) -> all.merge(k, v, Integer::sum));
    }
    all.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(diff)
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
  }
}
