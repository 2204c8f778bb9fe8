package dev.parallax.cli;

import picocli.CommandLine;

/** Entry point of the {@code parallax} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 2 input skipped, 1 failure). */
  public static int run(String... args) {
    return configure(new CommandLine(new ParallaxCommand())).execute(args);
  }

  /**
   * Sets the exit codes of failures: an exception while running and a command line that does not
   * parse are both 1 (picocli's own code for a bad command line is 2, which here means "input
   * skipped", so a script would take a typo for a partly successful ingest).
   */
  static CommandLine configure(CommandLine cli) {
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("parallax: " + e.getMessage());
          if (Boolean.getBoolean("parallax.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.FAILURE;
        });
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, args) -> {
          usage.handleParseException(e, args);
          return ExitCodes.FAILURE;
        });
    return cli;
  }
}
