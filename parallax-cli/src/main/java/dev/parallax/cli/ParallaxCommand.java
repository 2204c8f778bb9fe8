package dev.parallax.cli;

import picocli.CommandLine.Command;

/** The top-level command; the work is in its sub-commands. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0-SNAPSHOT",
    description = "Turns streams of news articles from many outlets into stories.",
    subcommands = {
      IngestCommand.class,
      ExtractCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class ParallaxCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
