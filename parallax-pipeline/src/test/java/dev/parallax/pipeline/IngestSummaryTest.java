package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {
  @Test
  void sinceCountsOnlyWhatCameAfterTheEarlierSummary() {
    IngestSummary earlier =
        new IngestSummary(10, 8, 2, 3, 1, 4, 0, 1, Map.of("entities", 5L, "whitespace", 2L), 0);
    IngestSummary later =
        new IngestSummary(
            25, 20, 5, 7, 2, 9, 1, 1, Map.of("entities", 5L, "whitespace", 6L, "mojibake", 1L), 2);

    IngestSummary batch = later.since(earlier);

    assertThat(batch)
        .isEqualTo(
            new IngestSummary(
                15, 12, 3, 4, 1, 5, 1, 0, Map.of("whitespace", 4L, "mojibake", 1L), 2));
    assertThat(later.since(later).repairs()).isEmpty();
  }
}
