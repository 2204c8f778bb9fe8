package dev.parallax.cluster.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  @Test
  void perfectClusteringScoresOne() {
    ClusteringScores s = ClusteringScores.score(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertThat(s.bcubed().f1()).isEqualTo(1.0);
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
    assertThat(s.goldClusters()).isEqualTo(2);
    assertThat(s.predictedClusters()).isEqualTo(2);
  }

  @Test
  void mergingTwoEventsCostsPrecision() {
    // gold {1,2},{3,4}; predicted one cluster: B-cubed P = 0.5, R = 1; pairs: 2 true of 6.
    ClusteringScores s =
        ClusteringScores.score(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "x"));
    assertThat(s.bcubed().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.bcubed().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.pairwise().precision()).isCloseTo(2.0 / 6, within(1e-9));
    assertThat(s.pairwise().recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void splittingCostsRecall() {
    // gold one cluster of 3 split 2+1: B-cubed R = (2/3+2/3+1/3)/3 = 5/9; pairs 1 of 3.
    ClusteringScores s = ClusteringScores.score(List.of("a", "a", "a"), List.of("x", "x", "y"));
    assertThat(s.bcubed().precision()).isEqualTo(1.0);
    assertThat(s.bcubed().recall()).isCloseTo(5.0 / 9, within(1e-9));
    assertThat(s.pairwise().recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void sizesMustMatch() {
    assertThatThrownBy(() -> ClusteringScores.score(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ in size");
  }
}
