package dev.parallax.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledCorpusReaderTest {
  @TempDir Path dir;

  @Test
  void readsInStreamOrderAndReportsBadLines() throws IOException {
    Path file = dir.resolve("c.jsonl");
    Files.writeString(
        file,
        """
        {"id":"b","title":"T","text":"x","published":"2024-01-02","event":"e1"}
        {"id":"a","text":"y","published":"2024-01-02T00:00:00Z","event":"e1"}
        {"id":"z","text":"no date","event":"e2"}
        {"id":"c","text":"w","published":"2023-12-31T10:00:00+01:00","event":"e2"}
        not json
        {"id":"d","text":"no label"}
        {"id":"a","text":"dup","event":"e3"}
        {"id":"e","text":"bad date","published":"yesterday","event":"e3"}
        """,
        StandardCharsets.UTF_8);
    LabelledCorpus corpus = new LabelledCorpusReader("event").read(file);
    assertThat(corpus.documents())
        .extracting(NewsDocument::id)
        .containsExactly("e", "z", "c", "a", "b");
    assertThat(corpus.labels()).containsExactly("e3", "e2", "e2", "e1", "e1");
    assertThat(corpus.goldClusters()).isEqualTo(3);
    assertThat(corpus.problemCount()).isEqualTo(4);
    assertThat(corpus.problems())
        .anyMatch(p -> p.contains(":5: not JSON"))
        .anyMatch(p -> p.contains(":6: missing event"))
        .anyMatch(p -> p.contains("duplicate id a"))
        .anyMatch(p -> p.contains("unparseable date 'yesterday'"));
  }
}
