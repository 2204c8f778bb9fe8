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
 * written first and used while tuning; the HELDOUT parts were each written after a round of tuning
 * ended and are reported separately (see the README next to {@code verdicts.tsv}).
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
    return tally(outcomes, part).accuracy();
  }

  /** Right and total counts of the cases of a part, or of all cases when part is null. */
  private record Tally(int right, int n) {
    double accuracy() {
      return n == 0 ? 0 : right / (double) n;
    }
  }

  private static Tally tally(List<Outcome> outcomes, String part) {
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
    return new Tally(right, n);
  }

  /** The parts of the cases, in the order they first appear (TUNE, HELDOUT, HELDOUT2, ...). */
  public static List<String> parts(List<Case> cases) {
    return cases.stream().map(Case::part).distinct().toList();
  }

  /** One line per part and one for all cases: accuracy, right and total counts. */
  public static String report(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder();
    List<String> parts = new ArrayList<>();
    parts.add(null);
    parts.addAll(parts(outcomes.stream().map(Outcome::c).toList()));
    for (String part : parts) {
      Tally t = tally(outcomes, part);
      out.append(
          String.format(
              Locale.ROOT,
              "verdict accuracy %-8s %.3f (%d/%d)%n",
              part == null ? "all" : part,
              t.accuracy(),
              t.right(),
              t.n()));
    }
    return out.toString();
  }

  /** One line per wrong verdict, for reading misses after a split has been measured. */
  public static String errors(List<Outcome> outcomes, EnglishNlp nlp) {
    StringBuilder out = new StringBuilder();
    for (Outcome o : outcomes) {
      if (!o.right()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %s expected %s got %s | %s | %s%n",
                o.c().id(),
                o.c().expected(),
                o.actual(),
                o.c().a(),
                o.c().b()));
        out.append(claims("A", o.c().a(), nlp)).append(claims("B", o.c().b(), nlp));
      }
    }
    return out.toString();
  }

  /** The claims extracted from one sentence, one per line, for reading a miss. */
  private static String claims(String label, String sentence, EnglishNlp nlp) {
    StringBuilder out = new StringBuilder();
    for (NumericClaim c : ClaimExtractor.standard().extract(nlp.analyze(sentence))) {
      out.append(
          String.format(
              Locale.ROOT,
              "      %s %s [%s %s..%s %s %s] counted '%s' -> '%s'%n",
              label,
              c.text(),
              c.kind(),
              c.low(),
              c.high(),
              c.hedge(),
              c.unit(),
              c.counted(),
              c.normalizedCounted()));
    }
    return out.toString();
  }

  /** Prints verdict accuracy overall and per part; {@code --errors} lists every miss. */
  public static void main(String[] args) {
    EnglishNlp nlp = EnglishNlp.load();
    List<Outcome> outcomes = run(load(), nlp);
    System.out.print(report(outcomes));
    if (List.of(args).contains("--errors")) {
      System.out.print(errors(outcomes, nlp));
    }
  }
}
