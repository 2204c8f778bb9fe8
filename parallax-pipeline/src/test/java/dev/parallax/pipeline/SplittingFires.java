package dev.parallax.pipeline;

import dev.parallax.cluster.ClusterConfig;
import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import java.time.Instant;
import java.util.List;

/** A stream whose one story splits in two, for the tests of every module that follows splits. */
public final class SplittingFires {
  private SplittingFires() {}

  /** Every article joins the first story, which splits at the first clear seam. */
  public static final ClusterConfig JOIN_EVERYTHING =
      ClusterConfig.defaults()
          .withMinStorySimilarity(0.0001)
          .withBackgroundRatio(0)
          .withSplits(24, 0.5, 2);

  /** A report of day {@code day} of March 2025 by its own outlet. */
  public static Article article(String id, int day, String title, String text) {
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

  /**
   * Two warehouse fires in one city, a day apart per report: under {@link #JOIN_EVERYTHING} the
   * fourth article splits the second fire (b1, b2) off the first (a1, a2); b3 follows it.
   */
  public static final List<Article> FIRES =
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
                  + " named as Tomas Reyes, 41. Chief Rafael Ortiz said Route 9 had reopened, as in 2019."),
          article(
              "b3",
              12,
              "Pellman Paper depot: inquiry into the Riverside Avenue blaze",
              "Chief Rafael Ortiz opened an inquiry into the Pellman Paper depot fire that killed"
                  + " forklift driver Tomas Reyes on Riverside Avenue; paper bales had smouldered."));
}
