package dev.parallax.cluster.minhash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
  private final MinHasher hasher = new MinHasher(64, 3, 42);

  private static final String WIRE =
      """
      MILLBROOK (VWS) — Fire crews battled a blaze at the Ashcroft Logistics warehouse on Quarry
      Road late Tuesday, and three firefighters were treated for smoke inhalation, Fire Chief Dana
      Whitlow said. The fire started shortly after 9 p.m. in the loading bay and spread through the
      roof before about 90 firefighters from six departments brought it under control by dawn.
      Residents within half a mile were told to keep windows closed. Investigators from the state
      fire marshal's office are expected on site Wednesday to determine the cause.""";

  @Test
  void identicalTextsHaveSimilarityOne() {
    assertThat(MinHasher.similarity(hasher.signature(WIRE), hasher.signature(WIRE))).isEqualTo(1.0);
  }

  @Test
  void findsAWireCopyWithAnAddedSentenceButNotAnUnrelatedText() {
    NearDuplicateIndex index = new NearDuplicateIndex(16, 4, 0.5);
    int original = index.add(hasher.signature(WIRE));
    index.add(
        hasher.signature(
            "The city council voted on Monday to raise parking fees downtown by a quarter, "
                + "citing the cost of repaving Main Street and the new garage on Elm."));
    String copy =
        "Local desk: the Ashcroft plant employs 140 people. " + WIRE.replace("dawn", "morning");
    NearDuplicateIndex.Match match = index.find(hasher.signature(copy));
    assertThat(match).isNotNull();
    assertThat(match.item()).isEqualTo(original);
    assertThat(match.similarity()).isGreaterThan(0.6);
    assertThat(index.find(hasher.signature("An entirely different report about a football final.")))
        .isNull();
  }

  @Test
  void emptyTextsNeverMatch() {
    NearDuplicateIndex index = new NearDuplicateIndex(16, 4, 0.5);
    index.add(hasher.signature(""));
    assertThat(index.find(hasher.signature(""))).isNull();
  }

  @Test
  void estimateTracksTrueJaccardOnRandomTexts() {
    long seed = 20261121L;
    System.out.println("NearDuplicateIndexTest seed " + seed);
    Random random = new Random(seed);
    MinHasher big = new MinHasher(256, 1, 7);
    for (int round = 0; round < 20; round++) {
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String w = "w" + random.nextInt(400);
        a.add(w);
        b.add(random.nextDouble() < 0.5 ? w : "v" + random.nextInt(400));
      }
      java.util.Set<String> sa = new java.util.HashSet<>(a);
      java.util.Set<String> sb = new java.util.HashSet<>(b);
      java.util.Set<String> inter = new java.util.HashSet<>(sa);
      inter.retainAll(sb);
      java.util.Set<String> union = new java.util.HashSet<>(sa);
      union.addAll(sb);
      double jaccard = (double) inter.size() / union.size();
      double estimate =
          MinHasher.similarity(
              big.signature(String.join(" ", a)), big.signature(String.join(" ", b)));
      assertThat(estimate).as("round %d", round).isBetween(jaccard - 0.12, jaccard + 0.12);
    }
  }
}
