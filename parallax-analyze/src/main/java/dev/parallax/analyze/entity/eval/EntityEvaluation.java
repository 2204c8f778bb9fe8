package dev.parallax.analyze.entity.eval;

import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.entity.EntityType;
import dev.parallax.analyze.eval.CorpusTexts;
import dev.parallax.analyze.eval.Prf;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores the {@link EntityRecognizer} against the hand-annotated ECB+ gold set: strict (span and
 * type), untyped (span) and per-type precision, recall and F1.
 *
 * <p>The article texts come from the ECB+ JSONL ({@code id} and {@code text} fields); the gold file
 * holds only offsets. A gold mention whose text no longer matches the article is reported as a
 * problem and left out, never silently scored. Run {@link #main} for a report.
 */
public final class EntityEvaluation {
  private EntityEvaluation() {}

  /**
   * Scores a recognizer on one split of a gold set: {@code goldTsv}, or the one that ships with
   * Parallax when null.
   *
   * @throws UncheckedIOException if a file cannot be read
   */
  public static EntityScores evaluate(
      Path jsonl, Path goldTsv, GoldSplit split, EntityRecognizer recognizer) {
    try {
      GoldSet gold = goldTsv == null ? GoldSet.bundled() : GoldSet.read(goldTsv);
      Set<String> wanted = new HashSet<>();
      gold.splitByArticle()
          .forEach(
              (id, s) -> {
                if (split.includes(s)) {
                  wanted.add(id);
                }
              });
      List<String> problems = new ArrayList<>(gold.problems());
      CorpusTexts corpus = CorpusTexts.read(jsonl, wanted);
      problems.addAll(corpus.problems());
      Map<String, String> texts = corpus.texts();
      return score(split, gold, texts, recognizer, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Span(int start, int end) {}

  private static EntityScores score(
      GoldSplit split,
      GoldSet gold,
      Map<String, String> texts,
      EntityRecognizer recognizer,
      List<String> problems) {
    Prf strict = new Prf(0, 0, 0);
    Prf untyped = new Prf(0, 0, 0);
    Map<EntityType, Prf> byType = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      byType.put(t, new Prf(0, 0, 0));
    }
    List<String> errors = new ArrayList<>();
    int articles = 0;
    for (String id : gold.splitByArticle().keySet()) {
      String text = texts.get(id);
      if (text == null) {
        continue;
      }
      articles++;
      Map<Span, EntityType> expected = new HashMap<>();
      for (GoldSet.GoldMention m : gold.mentions().getOrDefault(id, List.of())) {
        if (m.start() < 0
            || m.end() > text.length()
            || m.start() >= m.end()
            || !text.substring(m.start(), m.end()).equals(m.text())) {
          problems.add("gold line " + m.line() + ": \"" + m.text() + "\" does not fit " + id);
        } else {
          expected.put(new Span(m.start(), m.end()), m.type());
        }
      }
      Map<Span, EntityType> found = new HashMap<>();
      for (EntityMention m : recognizer.recognize(text)) {
        found.put(new Span(m.start(), m.end()), m.type());
      }
      int strictHits = 0;
      int spanHits = 0;
      for (Map.Entry<Span, EntityType> e : found.entrySet()) {
        EntityType want = expected.get(e.getKey());
        if (want != null) {
          spanHits++;
          if (want == e.getValue()) {
            strictHits++;
          }
        }
      }
      strict = strict.plus(new Prf(strictHits, found.size(), expected.size()));
      untyped = untyped.plus(new Prf(spanHits, found.size(), expected.size()));
      for (EntityType t : EntityType.values()) {
        int hits = 0;
        int predicted = 0;
        int wanted = 0;
        for (Map.Entry<Span, EntityType> e : found.entrySet()) {
          if (e.getValue() == t) {
            predicted++;
            if (expected.get(e.getKey()) == t) {
              hits++;
            }
          }
        }
        for (EntityType v : expected.values()) {
          if (v == t) {
            wanted++;
          }
        }
        byType.put(t, byType.get(t).plus(new Prf(hits, predicted, wanted)));
      }
      listErrors(id, text, expected, found, errors);
    }
    return new EntityScores(split, articles, strict, untyped, byType, errors, problems);
  }

  private static void listErrors(
      String id,
      String text,
      Map<Span, EntityType> expected,
      Map<Span, EntityType> found,
      List<String> errors) {
    List<Span> spans = new ArrayList<>(expected.keySet());
    for (Span s : found.keySet()) {
      if (!expected.containsKey(s)) {
        spans.add(s);
      }
    }
    spans.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
    for (Span s : spans) {
      EntityType want = expected.get(s);
      EntityType got = found.get(s);
      if (want == got) {
        continue;
      }
      String what = want == null ? "spurious  " : got == null ? "missed    " : "wrong type";
      errors.add(
          String.format(
              Locale.ROOT,
              "%s %s %-28s gold=%-12s got=%s",
              id,
              what,
              "\"" + text.substring(s.start(), s.end()) + "\"",
              want == null ? "-" : want,
              got == null ? "-" : got));
    }
  }

  /**
   * Prints the scores: {@code EntityEvaluation <ecbplus.jsonl> [gold.tsv] [--split DEV|TEST|ALL]
   * [--errors]}. Without a split it prints DEV, TEST and ALL.
   */
  public static void main(String[] args) {
    List<String> paths = new ArrayList<>();
    List<GoldSplit> splits = new ArrayList<>();
    boolean errors = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--errors" -> errors = true;
        case "--split" -> {
          if (i + 1 >= args.length) {
            usage("--split needs DEV, TEST or ALL");
            return;
          }
          try {
            splits.add(GoldSplit.valueOf(args[++i].toUpperCase(Locale.ROOT)));
          } catch (IllegalArgumentException e) {
            usage("unknown split " + args[i]);
            return;
          }
        }
        default -> paths.add(args[i]);
      }
    }
    if (paths.isEmpty() || paths.size() > 2) {
      usage("give the ECB+ JSONL and, optionally, the gold TSV");
      return;
    }
    Path jsonl = Path.of(paths.get(0));
    Path gold = paths.size() > 1 ? Path.of(paths.get(1)) : null;
    if (splits.isEmpty()) {
      splits = List.of(GoldSplit.DEV, GoldSplit.TEST, GoldSplit.ALL);
    }
    EntityRecognizer recognizer = EntityRecognizer.standard(EnglishNlp.load());
    for (GoldSplit split : splits) {
      EntityScores scores = evaluate(jsonl, gold, split, recognizer);
      System.out.print(scores.report());
      if (errors) {
        scores.errors().forEach(e -> System.out.println("  " + e));
      }
    }
  }

  private static void usage(String problem) {
    System.err.println("EntityEvaluation: " + problem);
    System.err.println(
        "usage: EntityEvaluation <ecbplus.jsonl> [gold.tsv] [--split DEV|TEST|ALL] [--errors]");
    System.exit(1);
  }
}
