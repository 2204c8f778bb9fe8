package dev.parallax.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityLexiconTest {
  private static final EntityLexicon LEXICON = EntityLexicon.standard();

  @Test
  void gazetteersGiveTypes() {
    assertThat(LEXICON.name("Doha")).isEqualTo(EntityType.PLACE);
    assertThat(LEXICON.name("Qatar")).isEqualTo(EntityType.PLACE);
    assertThat(LEXICON.name("Taliban")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(LEXICON.name("Al Jazeera")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(LEXICON.name("Oscars")).isEqualTo(EntityType.OTHER);
    assertThat(LEXICON.name("Tuesday")).isNull();
    assertThat(LEXICON.maxNameWords()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void cuesTitlesAndWordLists() {
    assertThat(LEXICON.cue("Inc.")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(LEXICON.cue("County")).isEqualTo(EntityType.PLACE);
    assertThat(LEXICON.title("Secretary of State")).isTrue();
    assertThat(LEXICON.title("Gov.")).isTrue();
    assertThat(LEXICON.titleModifier("Deputy")).isTrue();
    assertThat(LEXICON.givenName("Ashraf")).isTrue();
    assertThat(LEXICON.givenName("PETER")).isTrue();
    assertThat(LEXICON.demonym("Afghan")).isTrue();
    assertThat(LEXICON.breaker("Tuesday")).isTrue();
    assertThat(LEXICON.nonEntity("CEO")).isTrue();
    assertThat(LEXICON.abbreviation("Calif.")).isTrue();
    assertThat(LEXICON.abbreviation("Tuesday.")).isFalse();
  }

  @Test
  void namesAreNormalizedAndAliased() {
    assertThat(EntityLexicon.normalize("U. S.")).isEqualTo("U.S.");
    assertThat(EntityLexicon.normalize("  New   York\n City ")).isEqualTo("New York City");
    assertThat(EntityLexicon.normalize("William J. Bratton")).isEqualTo("William J. Bratton");
    assertThat(LEXICON.canonical("US")).isEqualTo("United States");
    assertThat(LEXICON.canonical("U.S.")).isEqualTo("United States");
    assertThat(LEXICON.canonical("United States")).isEqualTo("United States");
    assertThat(LEXICON.canonical("Doha")).isNull();
  }

  @Test
  void noWordIsBothANameAndAWordThatEndsNames() {
    for (String w : new String[] {"May", "March", "Monday", "GMT", "Sun."}) {
      assertThat(LEXICON.name(w)).as(w).isNull();
      assertThat(LEXICON.demonym(w)).as(w).isFalse();
    }
  }
}
