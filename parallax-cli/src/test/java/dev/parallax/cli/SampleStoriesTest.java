package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample gives exactly the stories it was written to give. */
class SampleStoriesTest {
  @TempDir Path data;

  @Test
  void sampleGivesItsStoriesAndCopies() throws IOException {
    Path sample = SharedData.repoRoot().resolve("sample");
    CliRun ingest = CliRun.of("ingest", "--data", data.toString(), sample.toString());
    assertThat(ingest.err()).isEmpty();
    assertThat(ingest.exitCode()).isZero();

    Map<String, String> eventByTitle = expected();
    CliRun list = CliRun.of("stories", "--data", data.toString(), "--json");
    assertThat(list.exitCode()).isZero();
    JsonNode stories = JsonOut.parse(list.out()).get("stories");

    Map<String, Set<String>> predicted = new TreeMap<>();
    Map<String, String> titleById = new HashMap<>();
    int copies = 0;
    for (JsonNode s : stories) {
      CliRun one = CliRun.of("story", s.get("id").asText(), "--data", data.toString(), "--json");
      JsonNode story = JsonOut.parse(one.out());
      assertThat(story.get("id").asText()).isEqualTo(s.get("id").asText());
      Set<String> events = new TreeSet<>();
      for (JsonNode a : story.get("articles")) {
        String title = a.get("title").asText();
        titleById.put(a.get("id").asText(), title);
        assertThat(eventByTitle).as("title read as in the sample").containsKey(title);
        events.add(eventByTitle.get(title));
        if (!a.get("copy").asText().equals("original")) {
          copies++;
        }
      }
      predicted.put(s.get("id").asText(), events);
    }
    assertThat(titleById).hasSize(eventByTitle.size());
    assertThat(predicted.values())
        .as("each story holds one event")
        .allSatisfy(events -> assertThat(events).hasSize(1));
    Set<String> distinctEvents = new HashSet<>();
    predicted.values().forEach(distinctEvents::addAll);
    assertThat(predicted).as("one story per event").hasSize(distinctEvents.size());
    assertThat(distinctEvents).isEqualTo(new HashSet<>(eventByTitle.values()));
    assertThat(copies).as("the sample's wire copies are linked").isGreaterThanOrEqualTo(4);
  }

  @Test
  void ingestingTheSampleAgainStoresNothingTwice() {
    Path sample = SharedData.repoRoot().resolve("sample");
    assertThat(CliRun.of("ingest", "--data", data.toString(), sample.toString()).exitCode())
        .isZero();
    String before = CliRun.of("stories", "--data", data.toString(), "--json").out();
    CliRun again = CliRun.of("ingest", "--data", data.toString(), sample.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains(": 0 stored");
    assertThat(CliRun.of("stories", "--data", data.toString(), "--json").out()).isEqualTo(before);
  }

  @Test
  void demoPrintsTheSampleStories() throws IOException {
    CliRun demo = CliRun.of("demo", SharedData.repoRoot().resolve("sample").toString());
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.err()).isEmpty();
    long events = new java.util.HashSet<>(expected().values()).size();
    assertThat(demo.out())
        .contains("STORY")
        .contains("; " + events + " new stories,")
        .contains("Brightvane");
    long rows = demo.out().lines().filter(l -> l.startsWith("s-")).count();
    assertThat(rows).as("one table row per event").isEqualTo(events);
  }

  private static Map<String, String> expected() throws IOException {
    List<String> lines =
        Files.readAllLines(
            Path.of("src/test/resources/sample-expected.tsv"), StandardCharsets.UTF_8);
    Map<String, String> out = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] parts = line.split("\t", 2);
        out.put(parts[1], parts[0]);
      }
    }
    return out;
  }
}
