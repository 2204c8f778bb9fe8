package dev.parallax.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the evaluation data in {@code shared/data} beside the repository (never copied into it).
 * Tests that need it are skipped where it is absent.
 */
final class SharedData {
  private SharedData() {}

  static Optional<Path> find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
      Path sibling = dir.resolveSibling("shared/data").resolve(relative);
      if (Files.exists(sibling)) {
        return Optional.of(sibling);
      }
    }
    return Optional.empty();
  }

  /** The repository root (the folder holding the sample/ folder). */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("sample"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root from " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
