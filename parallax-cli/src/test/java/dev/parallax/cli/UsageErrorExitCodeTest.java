package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command line that cannot run is a failure (1), never "some input was skipped" (2). */
class UsageErrorExitCodeTest {
  @TempDir Path dir;

  @Test
  void unknownOptionExitsWithOne() {
    assertThat(Main.run("stories", "--no-such-option")).isEqualTo(ExitCodes.FAILURE);
  }

  @Test
  void missingPathExitsWithOne() {
    assertThat(Main.run("ingest", "--data", dir.toString())).isEqualTo(ExitCodes.FAILURE);
  }

  @Test
  void badOptionValueExitsWithOne() {
    assertThat(Main.run("stories", "--data", dir.toString(), "--limit", "-1"))
        .isEqualTo(ExitCodes.FAILURE);
  }
}
