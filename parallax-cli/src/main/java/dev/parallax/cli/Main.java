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
    CommandLine cli = new CommandLine(new ParallaxCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("parallax: " + e.getMessage());
          if (Boolean.getBoolean("parallax.debug")) {
            e.printStackTrace(commandLine.getErr());
          }
          return ExitCodes.FAILURE;
        });
    return cli.execute(args);
  }
}
