package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest
  @CsvSource({
    "US troops, troops",
    "US forces, troops",
    "people killed, killed",
    "people killed, death toll",
    "civilians killed, people killed"
  })
  void matchesTheSameThing(String a, String b) {
    assertThat(Counted.matches(a, b)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "troops, troops (target)",
    "US troops, other NATO troops",
    "US troops, NATO troops",
    "people killed, people injured",
    "soldiers killed, civilians killed",
    "houses, people",
    "'', people"
  })
  void keepsDifferentThingsApart(String a, String b) {
    assertThat(Counted.matches(a, b)).isFalse();
  }

  @Test
  void britishAndAmericanSpellingsAreOneThing() {
    // regression: the extractor and the matcher kept two predicate lists that had drifted apart
    assertThat(Counted.matches("people hospitalised", "people hospitalized")).isTrue();
    assertThat(Counted.normalize("people hospitalised")).isEqualTo("people hospitalized");
    assertThat(Counted.matches("votes in favour", "votes in favor")).isTrue();
    assertThat(Counted.matches("people hospitalised", "people killed")).isFalse();
  }

  @Test
  void extractorAndMatcherShareOnePredicateList() {
    Map<String, String> expected =
        Map.of(
            "hospitalised", "hospitalized",
            "hospitalized", "hospitalized",
            "dead", "killed",
            "died", "killed",
            "hurt", "injured",
            "detained", "arrested");
    expected.forEach(
        (w, canonical) -> {
          assertThat(Counted.isPredicate(w)).as(w).isTrue();
          assertThat(Counted.predicate(w)).as(w).isEqualTo(canonical);
          assertThat(Counted.normalize("people " + w)).as(w).isEqualTo("people " + canonical);
        });
    assertThat(Counted.verbPredicate("displacing")).isEqualTo("displaced");
    assertThat(Counted.verbPredicate("killing")).isEqualTo("killed");
    assertThat(Counted.verbPredicate("charged")).isNull(); // "charged $500"
    assertThat(Counted.isPredicate("houses")).isFalse();
  }

  @Test
  void spellingMapsOnlyKnownBritishForms() {
    assertThat(Spelling.american("hospitalised")).isEqualTo("hospitalized");
    assertThat(Spelling.american("organisation")).isEqualTo("organization");
    assertThat(Spelling.american("travelled")).isEqualTo("traveled");
    assertThat(Spelling.american("favourite")).isEqualTo("favorite");
    assertThat(Spelling.american("kilometres")).isEqualTo("kilometers");
    assertThat(Spelling.american("defence")).isEqualTo("defense");
    for (String same : List.of("raised", "four", "hour", "killed", "called", "centres")) {
      assertThat(Spelling.american(same))
          .as(same)
          .isEqualTo(same.equals("centres") ? "centers" : same);
    }
  }

  // regression: HELDOUT3 misses on "workforce", "crowd" and "demonstrators"
  @ParameterizedTest
  @CsvSource({
    "workers, workforce, true",
    "staff, employees, true",
    "crowd, people, true",
    "protesters, demonstrators, true",
    "people arrested, demonstrators arrested, true",
    "workers, residents, false",
    "climbers rescued, climbers saved, true"
  })
  void collectiveNounsNameTheirMembers(String a, String b, boolean same) {
    assertThat(Counted.matches(a, b)).isEqualTo(same);
  }

  @Test
  void genericPeopleMayMeetPersonsOfAKindWithoutPredicates() {
    assertThat(Counted.genericPeople("people", "workers")).isTrue();
    assertThat(Counted.genericPeople("workers", "residents")).as("two specific heads").isFalse();
    assertThat(Counted.genericPeople("people", "houses")).isFalse();
    assertThat(Counted.genericPeople("people killed", "workers")).isFalse();
    assertThat(Counted.genericPeople("people", "other workers")).isFalse();
    assertThat(Counted.nominalPredicate("evacuation")).isEqualTo("evacuated");
    assertThat(Counted.nominalPredicate("hospitalisation")).isEqualTo("hospitalized");
  }

  @Test
  void lexiconClassesAndEvents() {
    assertThat(Counted.matches("passengers", "travellers")).isTrue();
    assertThat(Counted.matches("unemployment", "jobless")).isTrue();
    assertThat(Counted.matches("flights delayed", "flights cancelled")).isFalse();
    assertThat(Counted.eventOnOneSide("flights", "flights cancelled")).isTrue();
    assertThat(Counted.eventOnOneSide("people", "people killed")).as("casualty").isFalse();
    assertThat(Counted.narrows("average house", "average house price")).isTrue();
    assertThat(Counted.narrows("revenue", "profit")).isFalse();
  }
}
