package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimGrouperTest {
  private static EnglishNlp nlp;

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
  }

  private static Verdict verdict(String a, String b) {
    return ClaimEvaluation.verdictOf(a, b, nlp);
  }

  @Test
  void genericPeopleMeetPersonsOfAKindOnlyInTheSameSentenceContext() {
    assertThat(
            verdict(
                "The blaze forced 200 people out of their homes.",
                "The blaze forced 200 tenants out of their homes."))
        .isEqualTo(Verdict.AGREE);
    assertThat(verdict("The village has 20 people.", "20 soldiers guard the village."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(
            verdict(
                "The blaze forced 300 workers out of the area.",
                "The blaze forced 300 residents out of the area."))
        .as("two specific kinds of people")
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void differentPredicatesStayApart() {
    assertThat(verdict("Rescuers saved 14 sailors.", "Fourteen sailors remain missing."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(verdict("Some 40 workers were injured.", "About 40 residents were injured."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void fractionsMeetPercentages() {
    assertThat(verdict("33 percent of members voted yes.", "A third of members voted yes."))
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(
            verdict(
                "Half of the workers went on strike.", "Some 70% of the workers went on strike."))
        .isEqualTo(Verdict.CONFLICT);
  }

  @Test
  void synonymsOfTheLexiconMeetInContextAndCountedThings() {
    // regressions of HELDOUT4: paid/cost, travelled/flew, passengers/travellers, price/costs
    assertThat(
            verdict(
                "The club paid €80m for the striker.",
                "The striker cost the club 80 million euros."))
        .isEqualTo(Verdict.AGREE);
    assertThat(verdict("The missile travelled 1,000 km.", "The missile flew about 600 miles."))
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(
            verdict(
                "Roughly 1,500 passengers were stranded.",
                "The airport said 1,500 travellers were stranded."))
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(
            verdict(
                "The average house price rose to £290,000.",
                "The average house now costs nearly £300,000."))
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(verdict("Profits rose 5%.", "Revenue rose 5%.")).isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void differentEventsStayApart() {
    assertThat(
            verdict("Some 60 flights were delayed by fog.", "Sixty flights were cancelled by fog."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(
            verdict(
                "The railway scrapped 200 trains.", "200 trains were cancelled by the railway."))
        .isEqualTo(Verdict.AGREE);
  }

  @Test
  void durationsMeetThroughTheirSentencesAndVerbsOfLasting() {
    assertThat(verdict("The hearing lasted two weeks.", "The hearing ran for 14 days."))
        .isEqualTo(Verdict.AGREE);
    assertThat(verdict("The blockade lasted five days.", "The blockade went on for seven days."))
        .isEqualTo(Verdict.CONFLICT);
    // a verb that ends the span times the same subject: "the walkout ended after"
    assertThat(verdict("The walkout lasted 72 hours.", "The three-day walkout ended on Monday."))
        .isEqualTo(Verdict.AGREE);
    // durations of different things stay apart
    assertThat(verdict("The hearing lasted two weeks.", "The jury deliberated for two days."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(
            verdict(
                "The driver was held for three days.", "The driver was questioned for five hours."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void temperaturesMeetAcrossScales() {
    assertThat(
            verdict("Temperatures hit 35C in the capital.", "The mercury hit 95F in the capital."))
        .isEqualTo(Verdict.AGREE);
  }

  @Test
  void drowningIsADeathAndVisitorsArePeople() {
    assertThat(verdict("Six people drowned in the flood.", "The flood left six dead."))
        .isEqualTo(Verdict.AGREE);
    assertThat(
            verdict(
                "The fair drew 20,000 visitors at the weekend.",
                "At the weekend the fair attracted about 21,000 people."))
        .isEqualTo(Verdict.COMPATIBLE);
    assertThat(verdict("Six people drowned in the flood.", "Six people were injured in the flood."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void claimsOfOneDimensionGroupWhenNothingContrasts() {
    // unknown wording on both sides: the only counts of their sentences, sentences that overlap
    assertThat(
            verdict(
                "The gallery lent 12 drawings to the show.",
                "Twelve sketches were lent to the exhibition by the gallery."))
        .isEqualTo(Verdict.AGREE);
    assertThat(
            verdict(
                "The ferry carried about 900 pilgrims across the strait.",
                "Some 950 worshippers crossed the strait on the ferry."))
        .isEqualTo(Verdict.COMPATIBLE);
    // same dimension, but known different things, objects, places or years
    assertThat(verdict("The storm killed 14 people.", "The storm injured 40 people."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(verdict("Police seized 2 tonnes of cocaine.", "Police seized 900kg of cannabis."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(verdict("12 people were hurt in Leeds.", "Twenty people were hurt in York."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(verdict("In 2019 the club had 12,000 members.", "The club now has 14,000 members."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
    // sentences that share nothing but the unit stay apart
    assertThat(verdict("The dam is 40 metres high.", "Floodwater rose 2 metres overnight."))
        .isEqualTo(Verdict.SINGLE_SOURCE);
  }
}
