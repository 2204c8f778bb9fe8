package dev.parallax.cli;

import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.entity.eval.EntityEvaluation;
import dev.parallax.analyze.entity.eval.EntityScores;
import dev.parallax.analyze.entity.eval.GoldSplit;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval entities ECBPLUS.jsonl}: scores the entity recognizer against the
 * hand-annotated ECB+ mentions that ship with Parallax (offsets only; the texts come from the
 * file).
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "Recognizes the entities of the hand-annotated ECB+ articles (their texts read from"
          + " ECBPLUS.jsonl) and prints strict (span and type), untyped and per-type precision,"
          + " recall and F1 for the DEV split (rules were tuned on it), the held-out TEST split and"
          + " both."
    })
final class EvalEntitiesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ECBPLUS.jsonl", description = "The ECB+ corpus (id and text fields).")
  Path jsonl;

  @Option(
      names = "--split",
      description = "Only this split: ${COMPLETION-CANDIDATES}.",
      paramLabel = "SPLIT")
  GoldSplit split;

  @Option(names = "--gold", description = "Another gold file in the same format.")
  Path gold;

  @Option(names = "--errors", description = "Also list every miss and false positive.")
  boolean errors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EntityRecognizer recognizer = EntityRecognizer.standard(EnglishNlp.load());
    boolean problems = false;
    for (GoldSplit s : split == null ? List.of(GoldSplit.values()) : List.of(split)) {
      EntityScores scores;
      try {
        scores = EntityEvaluation.evaluate(jsonl, gold, s, recognizer);
      } catch (UncheckedIOException e) {
        err.println("parallax: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
      out.print(scores.report());
      if (errors) {
        scores.errors().forEach(e -> out.println("  " + e));
      }
      scores.problems().forEach(p -> err.println("parallax: " + p));
      problems |= !scores.problems().isEmpty();
    }
    out.flush();
    return problems ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }
}
