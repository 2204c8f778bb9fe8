package dev.parallax.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.bench.corpus.NewsDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class TfIdfSinglePassTest {
  static final List<NewsDocument> TWO_EVENTS =
      List.of(
          doc(
              "1",
              "Fire destroys warehouse in Ashford",
              "A fire destroyed a warehouse in Ashford."
                  + " Firefighters fought the blaze for hours. Fire chief Linda Moore said the"
                  + " warehouse roof collapsed."),
          doc(
              "2",
              "Earthquake shakes Kingsbury",
              "A magnitude 6.1 earthquake shook Kingsbury."
                  + " Seismologists recorded aftershocks. Buildings cracked in the earthquake."),
          doc(
              "3",
              "Ashford warehouse fire investigated",
              "Investigators examine the Ashford"
                  + " warehouse fire. Chief Linda Moore said the blaze started in the roof."),
          doc(
              "4",
              "Kingsbury earthquake aftershocks",
              "Aftershocks from the Kingsbury earthquake"
                  + " continued. Seismologists warned of more aftershocks after the magnitude 6.1"
                  + " quake."),
          doc(
              "5",
              "Warehouse blaze: Ashford firefighters",
              "Ashford firefighters said the"
                  + " warehouse fire was the largest blaze this decade."));

  private static NewsDocument doc(String id, String title, String text) {
    return new NewsDocument(id, title, text, null);
  }

  @Test
  void twoClearEventsGiveTwoClusters() {
    List<String> labels = new TfIdfSinglePass(0.2).cluster(TWO_EVENTS);
    assertThat(labels).hasSize(5);
    assertThat(labels.get(0)).isEqualTo(labels.get(2)).isEqualTo(labels.get(4));
    assertThat(labels.get(1)).isEqualTo(labels.get(3)).isNotEqualTo(labels.get(0));
  }

  @Test
  void higherThresholdsNeverGiveFewerClusters() {
    TfIdfSinglePass.Vectors vectors = TfIdfSinglePass.vectorize(TWO_EVENTS);
    assertThat(TfIdfSinglePass.assign(vectors, 1.0)).doesNotHaveDuplicates();
    // A higher threshold never joins more: the number of clusters does not fall as it rises.
    long previous = 0;
    for (double t : new double[] {0.05, 0.1, 0.3, 0.5, 0.8, 1.0}) {
      List<String> labels = TfIdfSinglePass.assign(vectors, t);
      long clusters = labels.stream().distinct().count();
      assertThat(clusters).as("clusters at %s", t).isGreaterThanOrEqualTo(previous);
      previous = clusters;
    }
    assertThat(TfIdfSinglePass.assign(vectors, 0.1).stream().distinct().count()).isEqualTo(2);
  }

  @Test
  void emptyInputAndEmptyDocuments() {
    assertThat(new TfIdfSinglePass(0.3).cluster(List.of())).isEmpty();
    assertThat(
            new TfIdfSinglePass(0.3).cluster(List.of(doc("a", null, "the of"), doc("b", null, ""))))
        .containsExactly("c0", "c1");
  }

  @Test
  void rejectsThresholdOutsideUnitInterval() {
    assertThatThrownBy(() -> new TfIdfSinglePass(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minSimilarity");
  }
}
