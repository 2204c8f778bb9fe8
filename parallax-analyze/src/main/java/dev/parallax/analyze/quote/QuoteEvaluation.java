package dev.parallax.analyze.quote;

import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.eval.CorpusTexts;
import dev.parallax.analyze.eval.Prf;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores a {@link QuoteExtractor} against the hand-annotated ECB+ quote gold set ({@code
 * quotes-dev.tsv}, {@code quotes-test.tsv}; guidelines in the README beside them).
 *
 * <p>A predicted quote matches a gold quote of the same kind when their spans overlap by at least
 * half the length of the longer one; matching is one-to-one, greedy by overlap. Precision, recall
 * and F1 count matches. Speaker accuracy is over matched pairs: right when the gold speaker's head
 * word (the last word of a name, or of a role phrase before its first preposition or participle) is
 * one of the predicted speaker's words, compared lower-cased; so "Ghani" and "President Ashraf
 * Ghani" are right for "Ashraf Ghani", and "Taliban official" is right for "the Taliban official".
 *
 * <p>Speakers need entity mentions; callers pass the recognizer as a function, and {@link #main}
 * uses the crude {@link CapitalizedRunRecognizer} unless told otherwise.
 */
public final class QuoteEvaluation {
  private static final Set<String> HEAD_STOPS =
      Set.of("of", "for", "at", "with", "from", "in", "to", "on", "by", "who", "which", "that");

  private QuoteEvaluation() {}

  /** One annotated quote. */
  public record GoldQuote(
      String articleId, int start, int end, QuoteKind kind, String speaker, String prefix) {}

  /** One part of the gold set: the annotated articles (some without quotes) and their quotes. */
  public record GoldSet(String name, List<String> articleIds, List<GoldQuote> quotes) {}

  /**
   * The outcome of one evaluation.
   *
   * @param all scores over all quotes
   * @param byKind scores per kind
   * @param speakerRight matched pairs whose speaker is right
   * @param errors one line per miss, false positive and wrong speaker
   */
  public record Result(
      String name, Prf all, Map<QuoteKind, Prf> byKind, int speakerRight, List<String> errors) {
    public double speakerAccuracy() {
      return all.correct() == 0 ? 0 : speakerRight / (double) all.correct();
    }

    /** One line of figures. */
    public String summary() {
      Prf d = byKind.get(QuoteKind.DIRECT);
      Prf r = byKind.get(QuoteKind.REPORTED);
      return String.format(
          Locale.ROOT,
          "%-5s gold %3d pred %3d  P %.3f R %.3f F1 %.3f  speaker %.3f (%d/%d)"
              + "  | DIRECT P %.3f R %.3f F1 %.3f | REPORTED P %.3f R %.3f F1 %.3f",
          name,
          all.gold(),
          all.predicted(),
          all.precision(),
          all.recall(),
          all.f1(),
          speakerAccuracy(),
          speakerRight,
          all.correct(),
          d.precision(),
          d.recall(),
          d.f1(),
          r.precision(),
          r.recall(),
          r.f1());
    }
  }

  /**
   * Loads a gold part from the class path ({@code "quotes-dev.tsv"} or {@code "quotes-test.tsv"}).
   */
  public static GoldSet load(String resource) {
    InputStream in = QuoteEvaluation.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no gold resource " + resource);
    }
    Set<String> articles = new LinkedHashSet<>();
    List<GoldQuote> quotes = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("# article\t")) {
          articles.add(line.substring("# article\t".length()).strip());
          continue;
        }
        if (line.isBlank() || line.startsWith("#") || line.startsWith("article\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        quotes.add(
            new GoldQuote(
                f[0],
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                QuoteKind.valueOf(f[3]),
                f[4],
                f[5]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = resource.replace("quotes-", "").replace(".tsv", "").toUpperCase(Locale.ROOT);
    return new GoldSet(name, List.copyOf(articles), List.copyOf(quotes));
  }

  /**
   * Runs the extractor over the gold set's articles and scores it.
   *
   * @param texts article text by id (the ECB+ {@code text} field)
   * @throws IllegalStateException if a gold prefix does not fit the text it was given
   */
  public static Result evaluate(
      GoldSet gold,
      Map<String, String> texts,
      EnglishNlp nlp,
      Function<AnalyzedText, List<EntityMention>> recognizer,
      QuoteExtractor extractor) {
    int matched = 0;
    int predicted = 0;
    int speakerRight = 0;
    Map<QuoteKind, int[]> kinds = new EnumMap<>(QuoteKind.class);
    for (QuoteKind k : QuoteKind.values()) {
      kinds.put(k, new int[3]);
    }
    List<String> errors = new ArrayList<>();
    for (String id : gold.articleIds()) {
      String text = texts.get(id);
      if (text == null) {
        throw new IllegalStateException("article " + id + " is not in the corpus");
      }
      List<GoldQuote> golds = new ArrayList<>();
      for (GoldQuote g : gold.quotes()) {
        if (g.articleId().equals(id)) {
          checkPrefix(g, text);
          golds.add(g);
          kinds.get(g.kind())[0]++;
        }
      }
      AnalyzedText analyzed = nlp.analyze(text);
      List<Quote> preds = extractor.extract(analyzed, recognizer.apply(analyzed));
      predicted += preds.size();
      for (Quote p : preds) {
        kinds.get(p.kind())[1]++;
      }
      List<int[]> pairs = new ArrayList<>();
      for (int gi = 0; gi < golds.size(); gi++) {
        for (int pi = 0; pi < preds.size(); pi++) {
          GoldQuote g = golds.get(gi);
          Quote p = preds.get(pi);
          int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
          int longer = Math.max(g.end() - g.start(), p.end() - p.start());
          if (g.kind() == p.kind() && overlap * 2 >= longer) {
            pairs.add(new int[] {gi, pi, overlap});
          }
        }
      }
      pairs.sort(Comparator.comparingInt((int[] x) -> -x[2]));
      boolean[] goldUsed = new boolean[golds.size()];
      boolean[] predUsed = new boolean[preds.size()];
      for (int[] pair : pairs) {
        if (goldUsed[pair[0]] || predUsed[pair[1]]) {
          continue;
        }
        goldUsed[pair[0]] = true;
        predUsed[pair[1]] = true;
        matched++;
        GoldQuote g = golds.get(pair[0]);
        Quote p = preds.get(pair[1]);
        kinds.get(g.kind())[2]++;
        if (speakerMatches(g.speaker(), p.speaker())) {
          speakerRight++;
        } else {
          errors.add(
              String.format(
                  Locale.ROOT,
                  "SPEAKER %s %s gold=%s pred=%s | %s",
                  id,
                  g.kind(),
                  g.speaker(),
                  p.speaker().name(),
                  g.prefix()));
        }
      }
      for (int gi = 0; gi < golds.size(); gi++) {
        if (!goldUsed[gi]) {
          GoldQuote g = golds.get(gi);
          errors.add(
              String.format(
                  Locale.ROOT,
                  "MISS %s %s [%d,%d) %s | %s",
                  id,
                  g.kind(),
                  g.start(),
                  g.end(),
                  g.speaker(),
                  abbreviate(text.substring(g.start(), g.end()))));
        }
      }
      for (int pi = 0; pi < preds.size(); pi++) {
        if (!predUsed[pi]) {
          Quote p = preds.get(pi);
          errors.add(
              String.format(
                  Locale.ROOT,
                  "FALSE %s %s [%d,%d) %s | %s",
                  id,
                  p.kind(),
                  p.start(),
                  p.end(),
                  p.speaker().name(),
                  abbreviate(p.text())));
        }
      }
    }
    Map<QuoteKind, Prf> byKind = new EnumMap<>(QuoteKind.class);
    kinds.forEach((k, v) -> byKind.put(k, new Prf(v[2], v[1], v[0])));
    return new Result(
        gold.name(),
        new Prf(matched, predicted, gold.quotes().size()),
        byKind,
        speakerRight,
        List.copyOf(errors));
  }

  private static void checkPrefix(GoldQuote g, String text) {
    String actual = text.substring(g.start(), Math.min(g.end(), g.start() + g.prefix().length()));
    String normalized = actual.replace('\t', ' ').replace('\n', ' ');
    if (!normalized.equals(g.prefix())) {
      throw new IllegalStateException(
          "gold offsets of " + g.articleId() + " do not fit: " + normalized + " vs " + g.prefix());
    }
  }

  private static String abbreviate(String s) {
    String flat = s.replace('\n', ' ');
    return flat.length() <= 90
        ? flat
        : flat.substring(0, 60) + " … " + flat.substring(flat.length() - 25);
  }

  /**
   * Whether a predicted speaker counts as the gold one: the gold head word is among the predicted
   * words (lower-cased, possessive 's dropped); an unknown prediction is never right.
   */
  public static boolean speakerMatches(String gold, Speaker predicted) {
    if (!predicted.known()) {
      return gold.isBlank() || gold.equalsIgnoreCase("UNKNOWN");
    }
    List<String> goldWords = words(gold);
    String head = null;
    for (String w : goldWords) {
      if (head != null && (HEAD_STOPS.contains(w) || w.endsWith("ing"))) {
        break;
      }
      head = w;
    }
    return head != null && words(predicted.name()).contains(head);
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'’-]+");
  private static final Pattern TRAILING_APOSTROPHE = Pattern.compile("(['’]s|['’])$");
  private static final Pattern LEADING_APOSTROPHE = Pattern.compile("^['’]");

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(s.toLowerCase(Locale.ROOT))) {
      String t =
          LEADING_APOSTROPHE.matcher(TRAILING_APOSTROPHE.matcher(w).replaceAll("")).replaceAll("");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Scores DEV and TEST (DEV only when {@code devOnly}) on the ECB+ texts in {@code jsonl},
   * speakers resolved with {@code recognizer}'s mentions.
   *
   * @throws IllegalStateException if a gold quote does not fit the text it points into
   */
  public static List<Result> run(
      Path jsonl,
      boolean devOnly,
      EnglishNlp nlp,
      Function<AnalyzedText, List<EntityMention>> recognizer) {
    CorpusTexts corpus = CorpusTexts.read(jsonl, null);
    List<Result> out = new ArrayList<>();
    for (String part :
        devOnly ? List.of("quotes-dev.tsv") : List.of("quotes-dev.tsv", "quotes-test.tsv")) {
      out.add(evaluate(load(part), corpus.texts(), nlp, recognizer, QuoteExtractor.standard()));
    }
    return out;
  }

  /**
   * Prints the DEV and TEST figures with the crude capitalised-run recognizer: {@code
   * QuoteEvaluation <ecbplus.jsonl> [--errors] [--dev]} (DEV errors only: TEST is held out).
   */
  public static void main(String[] args) {
    List<String> flags = List.of(args);
    List<String> paths = flags.stream().filter(a -> !a.startsWith("--")).toList();
    if (paths.size() != 1) {
      System.err.println("usage: QuoteEvaluation <ecbplus.jsonl> [--errors] [--dev]");
      System.exit(1);
    }
    List<Result> results =
        run(
            Path.of(paths.get(0)),
            flags.contains("--dev"),
            EnglishNlp.load(),
            new CapitalizedRunRecognizer());
    for (Result r : results) {
      System.out.println(r.summary());
    }
    if (flags.contains("--errors")) {
      results.get(0).errors().forEach(e -> System.out.println("  " + e));
    }
  }
}
