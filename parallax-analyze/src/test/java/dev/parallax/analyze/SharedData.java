package dev.parallax.analyze;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the evaluation data lies ({@code shared/data} beside the checkout, never copied into it): a
 * system property when set, else the first {@code shared/data/RELATIVE} found from the working
 * directory up. Tests that need it skip when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The file or folder, whether or not it exists (then at the nearest guess). */
  public static Path path(String property, String relative) {
    String set = System.getProperty(property);
    if (set != null) {
      return Path.of(set);
    }
    Path wanted = Path.of("shared", "data").resolve(relative);
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(wanted);
      if (Files.exists(candidate)) {
        return candidate;
      }
    }
    return Path.of("..").resolve(wanted);
  }
}
