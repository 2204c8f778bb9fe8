package dev.parallax.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parallax eval}: measures Parallax's quality on labelled data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures quality on labelled data.",
    subcommands = {
      EvalClusteringCommand.class,
      EvalExtractionCommand.class,
      EvalEntitiesCommand.class,
      EvalQuotesCommand.class,
      EvalClaimsCommand.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
