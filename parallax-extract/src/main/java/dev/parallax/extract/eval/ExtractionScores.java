package dev.parallax.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of extracted text against gold text, exactly as the Zyte (Scrapinghub)
 * article-extraction benchmark's {@code evaluate.py} computes them:
 *
 * <ul>
 *   <li>tokens are the matches of {@code \w+} (Unicode word characters), case kept: the benchmark's
 *       {@code re.IGNORECASE} flag changes no match of {@code \w+}, and it does not lower-case;
 *   <li>a text's shingles are the multiset of its token 4-grams; a text of 1 to 3 tokens has one
 *       shingle of all of them, a text with no token none;
 *   <li>per page, TP is the size of the multiset intersection, FP the predicted shingles beyond it,
 *       FN the gold ones beyond it, each divided by TP + FP + FN when that is not 0;
 *   <li>a page's precision is 1 when FP = FN = 0 (both texts empty, or identical), 0 when TP = FP =
 *       0, else TP/(TP+FP); recall likewise with FN. Precision is the mean over pages with TP + FP
 *       &gt; 0 (a page with no predicted shingle does not count towards it), recall the mean over
 *       pages with TP + FN &gt; 0; F1 is their harmonic mean (0 when both are 0).
 * </ul>
 *
 * Immutable.
 *
 * @param pages how many pages were scored
 */
public record ExtractionScores(double precision, double recall, double f1, int pages) {
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  /** One page's normalised shingle counts. */
  public record PageMatch(double tp, double fp, double fn) {
    /** This page's precision, by the benchmark's rules. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    /** This page's recall, by the benchmark's rules. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    /** This page's own F1, for finding the worst pages (not part of the benchmark). */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Matches one page's predicted text against its gold text. */
  public static PageMatch match(String gold, String predicted) {
    Map<List<String>, Integer> g = shingles(Objects.requireNonNull(gold, "gold"));
    Map<List<String>, Integer> p = shingles(Objects.requireNonNull(predicted, "predicted"));
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - g.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageMatch(tp / sum, fp / sum, fn / sum) : new PageMatch(0, 0, 0);
  }

  /** The benchmark's scores over pages. */
  public static ExtractionScores of(List<PageMatch> matches) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (PageMatch m : matches) {
      if (m.tp() + m.fp() > 0) {
        precisionSum += m.precision();
        precisionPages++;
      }
      if (m.tp() + m.fn() > 0) {
        recallSum += m.recall();
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ExtractionScores(precision, recall, f1, matches.size());
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    int count = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < count; i++) {
      out.merge(
          List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE))), 1, Integer::sum);
    }
    return out;
  }
}
