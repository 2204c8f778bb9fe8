package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClusteringCommandTest {
  @TempDir Path dir;

  @Test
  void scoresALabelledFileAsJson() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    String[][] events = {
      {"quake", "A strong earthquake shook Velora province, collapsing homes in Tarsin village"},
      {"strike", "Dock workers at Port Elwin walked out over pay, halting container traffic"}
    };
    int id = 0;
    for (String[] e : events) {
      for (int i = 0; i < 3; i++) {
        jsonl.append(
            String.format(
                java.util.Locale.ROOT,
                "{\"id\":\"d%d\",\"event\":\"%s\",\"title\":\"%s (%d)\",\"text\":\"%s. Report"
                    + " number %d adds %s details.\"}%n",
                id++,
                e[0],
                e[1],
                i,
                e[1],
                i,
                i == 0 ? "early" : "later"));
      }
    }
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    Path assignments = dir.resolve("assignments.tsv");
    CliRun run =
        CliRun.of(
            "eval",
            "clustering",
            file.toString(),
            "--json",
            "--assignments",
            assignments.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = JsonOut.parse(run.out());
    assertThat(json.get("docs").asInt()).isEqualTo(6);
    assertThat(json.get("gold_clusters").asInt()).isEqualTo(2);
    assertThat(json.get("clusters").asInt()).isEqualTo(2);
    assertThat(json.get("bcubed").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(json.get("pairwise").get("precision").asDouble()).isEqualTo(1.0);
    assertThat(json.get("docs_per_second").asDouble()).isPositive();
    java.util.List<String> lines = Files.readAllLines(assignments, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(7).first().isEqualTo("id\tgold\tstory");
    assertThat(lines.get(1)).startsWith("d0\tquake\ts-");
    String quakeStory = lines.get(1).split("\t")[2];
    assertThat(lines.subList(1, 4)).allMatch(l -> l.endsWith("\t" + quakeStory));
    assertThat(lines.subList(4, 7)).noneMatch(l -> l.endsWith("\t" + quakeStory));
  }

  @Test
  void theSharedYearBonusCanBeSetForExperimentsWithinItsRange() throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x\",\"event\":\"q\",\"title\":\"Quake\",\"text\":\"A quake hit in 2024.\"}\n",
        StandardCharsets.UTF_8);
    assertThat(
            CliRun.of("eval", "clustering", file.toString(), "--shared-year-bonus", "0").exitCode())
        .isZero();
    CliRun bad = CliRun.of("eval", "clustering", file.toString(), "--shared-year-bonus", "2");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(bad.err()).contains("sharedYearBonus");
  }

  @Test
  void articlesWithoutTheLabelAreReported() throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x\",\"topic\":\"1\",\"title\":\"Quake\",\"text\":\"A quake hit.\"}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "clustering", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("gold.jsonl:1").contains("no gold label 'event'");
  }
}
