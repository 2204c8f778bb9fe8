package dev.parallax.serve.ingest;

import static dev.parallax.pipeline.SplittingFires.FIRES;
import static dev.parallax.pipeline.SplittingFires.JOIN_EVERYTHING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.store.ArticleStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer tells readers of every story a batch touched, split stories included. */
class IngestWriterTest {
  @TempDir Path dir;

  @Test
  void aSplitTouchesTheStoryItLeftAndTheStoryItFounded() {
    String first = OnlineStoryAssigner.storyIdFor("a1");
    String second = OnlineStoryAssigner.storyIdFor("b1");
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    List<Set<String>> commits = new CopyOnWriteArrayList<>();
    try (ArticleStore store = ArticleStore.open(dir);
        IngestWriter writer =
            IngestWriter.start(
                store,
                s -> Ingestion.open(s, Cleaner.standard(), JOIN_EVERYTHING, clock),
                commits::add)) {
      IngestOutcome together = writer.submit(FIRES.subList(0, 3)).join();
      assertThat(together.newStories()).isEqualTo(1);
      IngestOutcome split = writer.submit(FIRES.subList(3, 4)).join();
      assertThat(split.newStories()).isEqualTo(1);
      assertThat(split.assignments())
          .singleElement()
          .satisfies(a -> assertThat(a.storyId()).isEqualTo(second));
    }
    assertThat(commits).containsExactly(Set.of(first), Set.of(first, second));
  }
}
