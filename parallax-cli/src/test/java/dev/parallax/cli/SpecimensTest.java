package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two real specimens in shared/data (a scraped machine translation and a wire-style report of
 * one event) come out as one story, with none of the scrape debris left. Skipped where the shared
 * data is absent; it is never copied into the repository.
 */
class SpecimensTest {
  @TempDir Path data;

  @Test
  void specimensAreOneCleanStory() {
    Optional<Path> specimens = SharedData.find("specimens");
    assumeTrue(specimens.isPresent(), "shared/data/specimens not found");
    CliRun ingest = CliRun.of("ingest", "--data", data.toString(), specimens.get().toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("minifier-placeholder").contains("broken-entity");

    JsonNode stories =
        JsonOut.parse(CliRun.of("stories", "--data", data.toString(), "--json").out())
            .get("stories");
    assertThat(stories).hasSize(1);
    String story =
        CliRun.of("story", stories.get(0).get("id").asText(), "--data", data.toString(), "--json")
            .out();
    JsonNode json = JsonOut.parse(story);
    assertThat(json.get("articles")).hasSize(2);
    assertThat(story)
        .doesNotContain("MINIFYHTML")
        .doesNotContain("quot;")
        .doesNotContain("& #")
        .doesNotContain("&amp;")
        .doesNotContain("contributed to this report")
        .doesNotContain("This story has been updated");
    assertThat(story).contains("O'Brien").contains("Cautiously optimistic");
  }
}
