package dev.parallax.analyze.claim;

import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores claim extraction, grouping and verdicts on the hand-written article pairs of {@code
 * verdicts.tsv}: each case is two invented sentences from two sources and the verdict a careful
 * reader gives on what they both measure.
 *
 * <p>A case's verdict is the most severe verdict (CONFLICT, then COMPATIBLE, then AGREE) of the
 * groups that hold a claim of both sources, or SINGLE_SOURCE when no group does. The TUNE part was
 * written first and used while tuning; the HELDOUT part was written after tuning ended and is
 * reported separately.
 */
public final class ClaimEvaluation {
  private ClaimEvaluation() {}

  /** One article pair. */
  public record Case(String id, String part, String a, String b, Verdict expected, String note) {}

  /** A case with the verdict the pipeline gave. */
  public record Outcome(Case c, Verdict actual) {
    public boolean right() {
      return c.expected() == actual;
    }
  }

  /** The cases of {@code verdicts.tsv}. */
  public static List<Case> load() {
    InputStream in = ClaimEvaluation.class.getResourceAsStream("verdicts.tsv");
    if (in == null) {
      throw new IllegalStateException("verdicts.tsv is not on the class path");
    }
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Case(f[0], f[1], f[2], f[3], Verdict.valueOf(f[4]), f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The verdict the pipeline gives on two sources' sentences. */
  public static Verdict verdictOf(String a, String b, EnglishNlp nlp) {
    ClaimExtractor extractor = ClaimExtractor.standard();
    AnalyzedText ta = nlp.analyze(a);
    AnalyzedText tb = nlp.analyze(b);
    List<ClaimValue> values = new ArrayList<>();
    values.addAll(ClaimGrouper.values("A", "a", ta, extractor.extract(ta)));
    values.addAll(ClaimGrouper.values("B", "b", tb, extractor.extract(tb)));
    Verdict worst = null;
    for (ClaimGroup g : ClaimGrouper.standard().group(values)) {
      long sources = g.values().stream().map(ClaimValue::source).distinct().count();
      if (sources < 2) {
        continue;
      }
      if (worst == null || severity(g.verdict()) > severity(worst)) {
        worst = g.verdict();
      }
    }
    return worst == null ? Verdict.SINGLE_SOURCE : worst;
  }

  private static int severity(Verdict v) {
    return switch (v) {
      case CONFLICT -> 3;
      case COMPATIBLE -> 2;
      case AGREE -> 1;
      case SINGLE_SOURCE -> 0;
    };
  }

  /** Runs every case. */
  public static List<Outcome> run(List<Case> cases, EnglishNlp nlp) {
    List<Outcome> out = new ArrayList<>(cases.size());
    for (Case c : cases) {
      out.add(new Outcome(c, verdictOf(c.a(), c.b(), nlp)));
    }
    return out;
  }

  /** The share of right verdicts among the cases of a part, or of all cases when part is null. */
  public static double accuracy(List<Outcome> outcomes, String part) {
    int n = 0;
    int right = 0;
    for (Outcome o : outcomes) {
      if (part == null || o.c().part().equals(part)) {
        n++;
        if (o.right()) {
          right++;
        }
      }
    }
    return n == 0 ? 0 : right / (double) n;
  }

  /**
   * Prints verdict accuracy overall, on TUNE and on HELDOUT; {@code --errors} lists TUNE misses.
   */
  public static void main(String[] args) {
    EnglishNlp nlp = EnglishNlp.load();
    List<Outcome> outcomes = run(load(), nlp);
    for (String part : new String[] {null, "TUNE", "HELDOUT"}) {
      long n = outcomes.stream().filter(o -> part == null || o.c().part().equals(part)).count();
      System.out.printf(
          Locale.ROOT,
          "verdict accuracy %-7s %.3f (%d cases)%n",
          part == null ? "all" : part,
          accuracy(outcomes, part),
          n);
    }
    if (List.of(args).contains("--errors")) {
      for (Outcome o : outcomes) {
        if (!o.right() && o.c().part().equals("TUNE")) {
          System.out.printf(
              Locale.ROOT,
              "  %s expected %s got %s | %s | %s%n",
              o.c().id(),
              o.c().expected(),
              o.actual(),
              o.c().a(),
              o.c().b());
        }
      }
    }
  }
}
