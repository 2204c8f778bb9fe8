package dev.parallax.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.analyze.ManyThreads;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static EnglishNlp nlp;
  private static EntityRecognizer recognizer;

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
    recognizer = EntityRecognizer.standard(nlp);
  }

  @AfterAll
  static void release() {
    nlp = null;
    recognizer = null;
  }

  /** "text/TYPE" for each mention, in order. */
  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    for (EntityMention m : recognizer.recognize(text)) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      out.add(m.text() + "/" + m.type());
    }
    return out;
  }

  @Test
  void ghaniSpecimenSentences() {
    String text =
        """
        Afghan President Ashraf Ghani said the talks in Doha, Qatar, were a step forward.
        Ghani said the Taliban must cut ties with ISIS-Khorasan.
        US Secretary of State Mike Pompeo told Al Jazeera that the U.S. would stay.
        """;
    assertThat(names(text))
        .containsExactly(
            "Ashraf Ghani/PERSON",
            "Doha/PLACE",
            "Qatar/PLACE",
            "Ghani/PERSON",
            "Taliban/ORGANIZATION",
            "ISIS-Khorasan/ORGANIZATION",
            "US/PLACE",
            "Mike Pompeo/PERSON",
            "Al Jazeera/ORGANIZATION",
            "U.S./PLACE");
  }

  @Test
  void titlesAreNotPartOfTheName() {
    assertThat(names("Lt. Gregg Hastings of the Oregon State Police spoke to Dr. Regina Benjamin."))
        .containsExactly(
            "Gregg Hastings/PERSON", "Oregon State Police/ORGANIZATION", "Regina Benjamin/PERSON");
    assertThat(names("Crawford County Deputy Prosecuting Attorney Jacob Howell showed a photo."))
        .containsExactly("Crawford County/PLACE", "Jacob Howell/PERSON");
  }

  @Test
  void surnamesFollowTheFullNameInTheDocument() {
    assertThat(names("Mark Teixeira hit two home runs.\nLater Teixeira said he was tired."))
        .containsExactly("Mark Teixeira/PERSON", "Teixeira/PERSON");
  }

  @Test
  void cueWordsTypeUnknownNames() {
    assertThat(names("He worked for Curtis Management Group on Thorpe Street in Fort Smith."))
        .containsExactly(
            "Curtis Management Group/ORGANIZATION", "Thorpe Street/PLACE", "Fort Smith/PLACE");
    assertThat(names("The Bank of America branch is near the Gulf of Aden."))
        .containsExactly("Bank of America/ORGANIZATION", "Gulf of Aden/PLACE");
  }

  @Test
  void possessivesMonthsWeekdaysAndNationalitiesAreLeftOut() {
    assertThat(names("On Tuesday, 3 March, the Ukrainian champion praised Klitschko's left hand."))
        .containsExactly("Klitschko/PERSON");
  }

  @Test
  void hashtagsAndHandlesAreNotNames() {
    assertThat(names("Ellen DeGeneres wrote: I'm hosting the #Oscars! Thanks @TheAcademy"))
        .containsExactly("Ellen DeGeneres/PERSON");
  }

  @Test
  void aCapitalAtASentenceStartProvesNothing() {
    assertThat(names("Police said the fire was suspicious. Witnesses saw smoke.")).isEmpty();
    assertThat(names("The Taliban said nothing.")).containsExactly("Taliban/ORGANIZATION");
  }

  @Test
  void quotedTitlesAndMidSentenceTheAreKept() {
    assertThat(names("He starred in \"Catching Fire\", according to The New York Times."))
        .containsExactly("Catching Fire/OTHER", "The New York Times/ORGANIZATION");
  }

  @Test
  void headlinesOnlyRepeatNamesTheBodyFound() {
    String text =
        """
        Female Employee Yvonne Hiller Kills Two In Kraft Shooting
        A worker, Yvonne Hiller, opened fire at the Kraft Foods plant in Philadelphia.
        """;
    assertThat(names(text))
        .containsExactly(
            "Yvonne Hiller/PERSON",
            "Kraft/ORGANIZATION",
            "Yvonne Hiller/PERSON",
            "Kraft Foods/ORGANIZATION",
            "Philadelphia/PLACE");
  }

  @Test
  void emptyAndBlankTextsHaveNoMentions() {
    assertThat(recognizer.recognize("")).isEmpty();
    assertThat(recognizer.recognize("  \n\n \t")).isEmpty();
    assertThat(recognizer.recognize("...!!! 42 ,,, --")).isEmpty();
  }

  @Test
  void nullIsRejected() {
    assertThatThrownBy(() -> recognizer.recognize((String) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EntityRecognizer.standard(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void oneInstanceGivesTheSameResultsOnManyThreads() throws Exception {
    List<String> texts =
        List.of(
            "Afghan President Ashraf Ghani said the talks in Doha went well.\nGhani left Kabul.",
            "Apple Inc. unveiled the iPhone in Cupertino, Calif., said Steve Jobs.",
            "The FBI and the Los Angeles Police Department arrested Carlos Velasquez.",
            "Wladimir Klitschko stopped Tony Thompson in Bern, Switzerland, on Saturday.");
    List<List<EntityMention>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(recognizer.recognize(t));
    }
    List<Boolean> agreed =
        ManyThreads.run(
            4,
            () -> {
              for (int round = 0; round < 25; round++) {
                for (int i = 0; i < texts.size(); i++) {
                  if (!recognizer.recognize(texts.get(i)).equals(expected.get(i))) {
                    return false;
                  }
                }
              }
              return true;
            });
    assertThat(agreed).hasSize(4).containsOnly(true);
  }
}
