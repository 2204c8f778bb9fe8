package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContrastTest {
  private static EnglishNlp nlp;

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
  }

  /** The frame of the first claim of a sentence that is no date. */
  private static ClaimFrame frame(String source, String sentence) {
    AnalyzedText t = nlp.analyze(sentence);
    List<NumericClaim> claims = ClaimExtractor.standard().extract(t);
    List<ClaimValue> values = ClaimGrouper.values(source, source, t, claims);
    ClaimValue v =
        values.stream().filter(x -> x.claim().kind() != ClaimKind.DATE).findFirst().orElseThrow();
    return ClaimFrame.of(v, claims, ClaimComparator.standard());
  }

  private static Optional<String> contrast(String a, String b) {
    return Contrast.between(frame("a", a), frame("b", b));
  }

  @Test
  void differentPredicatesContrast() {
    assertThat(contrast("Police arrested 23 people.", "23 people were injured."))
        .contains("predicate");
    assertThat(contrast("The storm killed 14 people.", "The storm injured 40 people."))
        .contains("predicate");
    assertThat(contrast("The fire destroyed 30 homes.", "The fire damaged 80 homes."))
        .contains("predicate");
    assertThat(contrast("The storm killed 14 people.", "Fourteen people died in the storm."))
        .isEmpty();
  }

  @Test
  void countedNounsOfDifferentKnownClassesContrast() {
    assertThat(contrast("The firm's revenue reached $9bn.", "The firm's profit reached $2bn."))
        .contains("head");
    assertThat(contrast("The plant will cut 300 jobs.", "The plant has 300 homes nearby."))
        .contains("head");
    // generic people and a kind of person may be one count
    assertThat(contrast("About 40 people were rescued.", "Forty climbers were rescued.")).isEmpty();
  }

  @Test
  void unknownNounsDoNotContrastUnlessTheyAreAllThatDiffers() {
    assertThat(
            contrast(
                "The gallery lent 12 drawings to the show.",
                "Twelve sketches were lent to the exhibition by the gallery."))
        .isEmpty();
    assertThat(
            contrast(
                "The library bought 40 maps from the estate.",
                "The library bought 40 globes from the estate."))
        .contains("nouns");
  }

  @Test
  void theObjectOfAMassMustMatch() {
    assertThat(contrast("Police seized 2 tonnes of cocaine.", "Police seized 900kg of cannabis."))
        .contains("object");
    assertThat(
            contrast("Police seized 2 tonnes of cocaine.", "A 2,000kg haul of cocaine was seized."))
        .isEmpty();
  }

  @Test
  void namesAndDatesContrast() {
    assertThat(contrast("12 people were hurt in Leeds.", "Twelve people were hurt in York."))
        .contains("names");
    assertThat(
            contrast(
                "In 2019 the club had 12,000 members.", "In 2022 the club had 14,000 members."))
        .contains("date");
    assertThat(contrast("In 2019 the club had 12,000 members.", "The club now has 14,000 members."))
        .contains("date");
    assertThat(contrast("The club had 12,000 members in 2019.", "In 2019 it had 12,000 members."))
        .isEmpty();
  }

  @Test
  void aTargetContrastsWithTheCurrentLevel() {
    assertThat(contrast("Troops will be cut to 8,000.", "About 13,000 troops are deployed now."))
        .contains("counted");
  }
}
