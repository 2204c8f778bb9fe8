package dev.parallax.cli;

import dev.parallax.analyze.entity.EntityRecognizer;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.quote.CapitalizedRunRecognizer;
import dev.parallax.analyze.quote.QuoteEvaluation;
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
 * {@code parallax eval quotes ECBPLUS.jsonl}: scores quote extraction and speaker resolution
 * against the hand-annotated ECB+ quotes that ship with Parallax.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the quotes of the hand-annotated ECB+ articles (texts read from ECBPLUS.jsonl) and"
          + " prints quote precision, recall and F1 (direct and reported speech) and speaker"
          + " accuracy for DEV (rules were tuned on it) and the held-out TEST part."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  /** Which entity mentions speakers are resolved to. */
  enum Speakers {
    /** Parallax's entity recognizer, as in every story. */
    ENTITIES,
    /** Runs of capitalised words: isolates quote rules from recognizer errors. */
    CAPITALISED
  }

  @Parameters(paramLabel = "ECBPLUS.jsonl", description = "The ECB+ corpus (id and text fields).")
  Path jsonl;

  @Option(
      names = "--speakers",
      description = "Speaker mentions from: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
      defaultValue = "ENTITIES")
  Speakers speakers;

  @Option(names = "--errors", description = "Also list the DEV errors (TEST stays held out).")
  boolean errors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EnglishNlp nlp = EnglishNlp.load();
    List<QuoteEvaluation.Result> results;
    try {
      results =
          QuoteEvaluation.run(
              jsonl,
              false,
              nlp,
              speakers == Speakers.ENTITIES
                  ? EntityRecognizer.standard(nlp)::recognize
                  : new CapitalizedRunRecognizer());
    } catch (UncheckedIOException | IllegalStateException e) {
      // A corpus that is not the one the gold set was made from: nothing can be scored.
      spec.commandLine().getErr().println("parallax: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    out.println("speakers resolved to: " + speakers.name().toLowerCase(java.util.Locale.ROOT));
    for (QuoteEvaluation.Result r : results) {
      out.println(r.summary());
    }
    if (errors) {
      results.get(0).errors().forEach(e -> out.println("  " + e));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
