package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {
  @Test
  void normalisesDeterminersPluralsAndSynonyms() {
    assertThat(Counted.normalize("the US forces")).isEqualTo("us troop");
    assertThat(Counted.normalize("soldiers")).isEqualTo("troop");
    assertThat(Counted.normalize("people died")).isEqualTo("people killed");
    assertThat(Counted.normalize("the death toll")).isEqualTo("killed");
    assertThat(Counted.normalize("children")).isEqualTo("child");
    assertThat(Counted.normalize("troops (target)")).isEqualTo("troop (target)");
    assertThat(Counted.normalize("")).isEmpty();
  }

  @Test
  void matchesTheSameThing() {
    assertThat(Counted.matches("US troops", "troops")).isTrue();
    assertThat(Counted.matches("US forces", "troops")).isTrue();
    assertThat(Counted.matches("people killed", "killed")).isTrue();
    assertThat(Counted.matches("people killed", "death toll")).isTrue();
    assertThat(Counted.matches("civilians killed", "people killed")).isTrue();
  }

  @Test
  void keepsDifferentThingsApart() {
    assertThat(Counted.matches("troops", "troops (target)")).isFalse();
    assertThat(Counted.matches("US troops", "other NATO troops")).isFalse();
    assertThat(Counted.matches("US troops", "NATO troops")).isFalse();
    assertThat(Counted.matches("people killed", "people injured")).isFalse();
    assertThat(Counted.matches("soldiers killed", "civilians killed")).isFalse();
    assertThat(Counted.matches("houses", "people")).isFalse();
    assertThat(Counted.matches("", "people")).isFalse();
  }
}
