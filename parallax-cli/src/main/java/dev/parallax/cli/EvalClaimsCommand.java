package dev.parallax.cli;

import dev.parallax.analyze.claim.ClaimEvaluation;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parallax eval claims}: verdict accuracy on the hand-written claim pairs that ship with
 * Parallax.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the numeric claims of each hand-written pair of sentences (two sources) and prints"
          + " verdict accuracy (agree, compatible, conflict, single-source) overall and per part:"
          + " TUNE, the held-out parts used for fixes since, and the last part, never tuned on."
    })
final class EvalClaimsCommand implements Callable<Integer> {
  @Option(names = "--errors", description = "Also list every miss with the claims found.")
  boolean errors;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    EnglishNlp nlp = EnglishNlp.load();
    List<ClaimEvaluation.Outcome> outcomes = ClaimEvaluation.run(ClaimEvaluation.load(), nlp);
    out.print(ClaimEvaluation.report(outcomes));
    if (errors) {
      out.print(ClaimEvaluation.errors(outcomes, nlp));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
