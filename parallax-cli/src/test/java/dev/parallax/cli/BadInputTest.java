package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported file by file, the rest is ingested, and the exit code says so. */
class BadInputTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String article(String id, String title) {
    return "{\"id\":\""
        + id
        + "\",\"source\":\"Ledger\",\"published\":\"2025-03-04\",\"title\":\""
        + title
        + "\",\"text\":\""
        + title
        + ". A full paragraph of text about it follows here.\"}";
  }

  @Test
  void cleanInputExitsZero() throws IOException {
    Path good = write("good.jsonl", article("g1", "Council approves budget") + "\n");
    CliRun run = CliRun.of("ingest", "--data", dir.resolve("data").toString(), good.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void badInputIsNamedTheRestIsStoredAndTheExitCodeIsTwo() throws IOException {
    String data = dir.resolve("data").toString();
    Path first = write("first.jsonl", article("a1", "Council approves budget") + "\n");
    assertThat(CliRun.of("ingest", "--data", data, first.toString()).exitCode()).isZero();

    write(
        "broken.jsonl",
        article("b1", "Bridge closes for repairs")
            + "\n{not json\n"
            + article("b2", "Ferry runs aground near harbour")
            + "\n");
    write("empty.txt", "");
    Files.write(dir.resolve("in/binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Path missing = dir.resolve("nope.jsonl");

    CliRun run =
        CliRun.of("ingest", "--data", data, dir.resolve("in").toString(), missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("broken.jsonl:2")
        .contains("empty.txt")
        .contains("binary.txt")
        .contains("nope.jsonl");
    assertThat(run.out()).contains(": 2 stored,");

    StringBuilder stories = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonNode s :
        JsonOut.parse(CliRun.of("stories", "--data", data, "--json").out()).get("stories")) {
      stories.append(CliRun.of("story", s.get("id").asText(), "--data", data, "--json").out());
    }
    assertThat(stories.toString())
        .contains("Council approves budget")
        .contains("Bridge closes for repairs")
        .contains("Ferry runs aground near harbour");
  }

  @Test
  void readingCommandsOnAMissingStoreFailWithExitOne() {
    CliRun run = CliRun.of("stories", "--data", dir.resolve("none").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no store in");
    assertThat(Files.exists(dir.resolve("none"))).isFalse();
  }

  @Test
  void unknownStoryFailsWithExitOne() throws IOException {
    String data = dir.resolve("data").toString();
    Path first = write("first.jsonl", article("a1", "Council approves budget") + "\n");
    CliRun.of("ingest", "--data", data, first.toString());
    CliRun run = CliRun.of("story", "s-nothing", "--data", data);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no story s-nothing");
  }
}
