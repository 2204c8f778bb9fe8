package dev.parallax.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that uses the store. */
final class DataOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "parallax-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path dir;
}
