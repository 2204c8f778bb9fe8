package dev.parallax.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carrot2.language.LanguageComponents;
import org.junit.jupiter.api.Test;

class Carrot2ClustererTest {
  private static final LanguageComponents ENGLISH = Carrot2Clusterer.english();

  @Test
  void everyAlgorithmGivesOneLabelPerDocument() {
    for (Carrot2Clusterer.Algorithm algorithm : Carrot2Clusterer.Algorithm.values()) {
      Carrot2Clusterer clusterer = new Carrot2Clusterer(algorithm, 2, true, ENGLISH);
      List<String> labels = clusterer.cluster(TfIdfSinglePassTest.TWO_EVENTS);
      assertThat(labels).as(algorithm.name()).hasSize(5).doesNotContainNull();
      assertThat(clusterer.name()).contains("oracle", "batch");
    }
  }

  @Test
  void emptyInputGivesNoLabels() {
    assertThat(
            new Carrot2Clusterer(Carrot2Clusterer.Algorithm.LINGO, 2, false, ENGLISH)
                .cluster(List.of()))
        .isEmpty();
  }
}
