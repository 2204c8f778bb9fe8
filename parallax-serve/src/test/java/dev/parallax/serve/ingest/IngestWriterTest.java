package dev.parallax.serve.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.core.Article;
import dev.parallax.core.Origin;
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

  /** Every article joins the first story, which splits at the first clear seam. */
  private static final ClusterConfig JOIN_EVERYTHING =
      ClusterConfig.defaults()
          .withMinStorySimilarity(0.0001)
          .withBackgroundRatio(0)
          .withSplits(24, 0.5, 2);

  private static Article article(String id, int day, String title, String text) {
    return new Article(
        id,
        "Outlet " + id,
        null,
        Instant.parse("2025-03-01T10:00:00Z").plusSeconds(86_400L * day),
        title,
        text,
        "en",
        null,
        new Origin("fires.jsonl", day));
  }

  /** Two warehouse fires; the fourth article splits the second off the first. */
  private static final List<Article> FIRES =
      List.of(
          article(
              "a1",
              3,
              "Fire guts Ashcroft warehouse on Quarry Road",
              "A fire destroyed the Ashcroft Logistics warehouse on Quarry Road on Tuesday night."
                  + " Chief Dana Whitlow said three firefighters were treated for smoke."),
          article(
              "a2",
              4,
              "Ashcroft warehouse fire: three firefighters hurt",
              "Investigators began sifting through the ruins of the Ashcroft Logistics warehouse."
                  + " Chief Dana Whitlow said the Quarry Road fire started in the loading bay, built in 1998."),
          article(
              "b1",
              10,
              "Deadly blaze at Pellman Paper depot on Riverside Avenue",
              "One worker died when fire swept through the Pellman Paper depot on Riverside"
                  + " Avenue, Battalion Chief Rafael Ortiz said. Bales of paper fed the flames."),
          article(
              "b2",
              11,
              "Pellman fire victim named as forklift driver",
              "The worker killed in the fire at the Pellman Paper depot on Riverside Avenue was"
                  + " named as Tomas Reyes, 41. Chief Rafael Ortiz said Route 9 had reopened, as in 2019."));

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
