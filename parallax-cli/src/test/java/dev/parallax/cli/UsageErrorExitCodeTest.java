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
  void badOptionValueExitsWithOne() throws java.io.IOException {
    // A real store, so that only the bad --limit can make the command fail.
    Path article = dir.resolve("one.jsonl");
    java.nio.file.Files.writeString(
        article,
        "{\"id\":\"1\",\"source\":\"A\",\"title\":\"Bridge reopens\","
            + "\"text\":\"The bridge reopened on Friday after repairs.\"}\n");
    String data = dir.resolve("data").toString();
    assertThat(CliRun.of("ingest", "--data", data, article.toString()).exitCode()).isZero();
    assertThat(CliRun.of("stories", "--data", data, "--limit", "1").exitCode()).isZero();

    CliRun run = CliRun.of("stories", "--data", data, "--limit", "-1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("--limit must be >= 0");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // a serve that wrongly starts would block, not fail
  void badServeLimitsExitWithOneNamingTheOption() {
    String data = dir.resolve("data").toString();
    CliRun cache = CliRun.of("serve", "--data", data, "--cache-mb", "-1");
    assertThat(cache.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(cache.err()).contains("--cache-mb must be in 0..1048576: -1");
    CliRun articles = CliRun.of("serve", "--data", data, "--max-articles", "0");
    assertThat(articles.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(articles.err()).contains("--max-articles must be in 1..2147483647: 0");
    CliRun body = CliRun.of("serve", "--data", data, "--max-body-mb", "2048");
    assertThat(body.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(body.err()).contains("--max-body-mb must be in 1..2047: 2048");
  }
}
