package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensesTest {
  @Test
  void aVerbAndItsCloseHyponymAreAlike() {
    assertThat(Senses.verbsAlike("burned", "scorched")).isTrue();
    assertThat(Senses.verbsAlike("charred", "burnt")).isTrue();
    assertThat(Senses.verbsAlike("seized", "confiscated")).isTrue(); // one sense
  }

  @Test
  void anIrregularFormOfALemmaWithoutVerbSensesIsNoError() {
    // the table's irregular forms name some lemmas that have no verb-sense line of their own
    assertThat(Senses.verbsAlike("airdropped", "dropped")).isFalse();
    assertThat(Senses.verbsOpposed("airdropped", "dropped")).isFalse();
  }

  @Test
  void differentActsAreNotAlike() {
    assertThat(Senses.verbsAlike("collected", "paid")).isFalse();
    assertThat(Senses.verbsAlike("vaccinated", "tested")).isFalse();
    assertThat(Senses.verbsAlike("approved", "demolished")).isFalse();
    assertThat(Senses.verbsAlike("burned", "xyzzied")).isFalse(); // not in WordNet
  }

  @Test
  void oppositesAreFoundThroughIrregularForms() {
    assertThat(Senses.verbsOpposed("won", "lost")).isTrue();
    assertThat(Senses.verbsOpposed("lost", "won")).isTrue();
    assertThat(Senses.verbsOpposed("won", "scored")).isFalse();
  }

  @Test
  void madeThingsAreArtifactsAndPersonsAreNot() {
    assertThat(Senses.isArtifact("beds")).isTrue();
    assertThat(Senses.isArtifact("bunk")).isTrue();
    assertThat(Senses.isArtifact("patients")).isFalse();
    assertThat(Senses.isArtifact("crowd")).isFalse();
    assertThat(Senses.isArtifact("capacity")).isFalse();
  }
}
