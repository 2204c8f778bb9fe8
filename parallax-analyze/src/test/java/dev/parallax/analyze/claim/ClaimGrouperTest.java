package dev.parallax.analyze.claim;

import static dev.parallax.analyze.claim.ClaimTestSupport.assertVerdict;

import org.junit.jupiter.api.Test;

class ClaimGrouperTest {
  @Test
  void genericPeopleMeetPersonsOfAKindOnlyInTheSameSentenceContext() {
    assertVerdict(
        Verdict.AGREE,
        "The blaze forced 200 people out of their homes.",
        "The blaze forced 200 tenants out of their homes.");
    assertVerdict(
        Verdict.SINGLE_SOURCE, "The village has 20 people.", "20 soldiers guard the village.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The blaze forced 300 workers out of the area.",
        "The blaze forced 300 residents out of the area.",
        "two specific kinds of people");
  }

  @Test
  void differentPredicatesStayApart() {
    assertVerdict(
        Verdict.SINGLE_SOURCE, "Rescuers saved 14 sailors.", "Fourteen sailors remain missing.");
    assertVerdict(
        Verdict.SINGLE_SOURCE, "Some 40 workers were injured.", "About 40 residents were injured.");
  }

  @Test
  void fractionsMeetPercentages() {
    assertVerdict(
        Verdict.COMPATIBLE, "33 percent of members voted yes.", "A third of members voted yes.");
    assertVerdict(
        Verdict.CONFLICT,
        "Half of the workers went on strike.",
        "Some 70% of the workers went on strike.");
  }

  @Test
  void synonymsOfTheLexiconMeetInContextAndCountedThings() {
    // regressions of HELDOUT4: paid/cost, travelled/flew, passengers/travellers, price/costs
    assertVerdict(
        Verdict.AGREE,
        "The club paid €80m for the striker.",
        "The striker cost the club 80 million euros.");
    assertVerdict(
        Verdict.COMPATIBLE, "The missile travelled 1,000 km.", "The missile flew about 600 miles.");
    assertVerdict(
        Verdict.COMPATIBLE,
        "Roughly 1,500 passengers were stranded.",
        "The airport said 1,500 travellers were stranded.");
    assertVerdict(
        Verdict.COMPATIBLE,
        "The average house price rose to £290,000.",
        "The average house now costs nearly £300,000.");
    assertVerdict(Verdict.SINGLE_SOURCE, "Profits rose 5%.", "Revenue rose 5%.");
  }

  @Test
  void differentEventsStayApart() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "Some 60 flights were delayed by fog.",
        "Sixty flights were cancelled by fog.");
    assertVerdict(
        Verdict.AGREE,
        "The railway scrapped 200 trains.",
        "200 trains were cancelled by the railway.");
  }

  @Test
  void durationsMeetThroughTheirSentencesAndVerbsOfLasting() {
    assertVerdict(Verdict.AGREE, "The hearing lasted two weeks.", "The hearing ran for 14 days.");
    assertVerdict(
        Verdict.CONFLICT, "The blockade lasted five days.", "The blockade went on for seven days.");
    // a verb that ends the span times the same subject: "the walkout ended after"
    assertVerdict(
        Verdict.AGREE, "The walkout lasted 72 hours.", "The three-day walkout ended on Monday.");
    // durations of different things stay apart
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The hearing lasted two weeks.",
        "The jury deliberated for two days.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The driver was held for three days.",
        "The driver was questioned for five hours.");
  }

  @Test
  void temperaturesMeetAcrossScales() {
    assertVerdict(
        Verdict.AGREE,
        "Temperatures hit 35C in the capital.",
        "The mercury hit 95F in the capital.");
  }

  @Test
  void drowningIsADeathAndVisitorsArePeople() {
    assertVerdict(Verdict.AGREE, "Six people drowned in the flood.", "The flood left six dead.");
    assertVerdict(
        Verdict.COMPATIBLE,
        "The fair drew 20,000 visitors at the weekend.",
        "At the weekend the fair attracted about 21,000 people.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "Six people drowned in the flood.",
        "Six people were injured in the flood.");
  }

  @Test
  void claimsOfOneDimensionGroupWhenNothingContrasts() {
    // unknown wording on both sides: the only counts of their sentences, sentences that overlap
    assertVerdict(
        Verdict.AGREE,
        "The gallery lent 12 drawings to the show.",
        "Twelve sketches were lent to the exhibition by the gallery.");
    assertVerdict(
        Verdict.COMPATIBLE,
        "The ferry carried about 900 pilgrims across the strait.",
        "Some 950 worshippers crossed the strait on the ferry.");
    // same dimension, but known different things, objects, places or years
    assertVerdict(
        Verdict.SINGLE_SOURCE, "The storm killed 14 people.", "The storm injured 40 people.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "Police seized 2 tonnes of cocaine.",
        "Police seized 900kg of cannabis.");
    assertVerdict(
        Verdict.SINGLE_SOURCE, "12 people were hurt in Leeds.", "Twenty people were hurt in York.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "In 2019 the club had 12,000 members.",
        "The club now has 14,000 members.");
    // sentences that share nothing but the unit stay apart
    assertVerdict(
        Verdict.SINGLE_SOURCE, "The dam is 40 metres high.", "Floodwater rose 2 metres overnight.");
  }

  @Test
  void agesOfPersonsNamedDifferentlyInOneEventAreCompared() {
    assertVerdict(
        Verdict.CONFLICT,
        "The gunman, 52, was arrested outside the bank.",
        "Police detained a 25-year-old man outside the bank.");
    assertVerdict(
        Verdict.COMPATIBLE,
        "A cyclist in his forties died after the collision.",
        "The 47-year-old rider died after the collision.");
  }

  @Test
  void woodlandAndForestAreOneThing() {
    assertVerdict(
        Verdict.AGREE,
        "Firefighters said 3,000 hectares of woodland burned.",
        "The fire burned 30 square kilometres of forest.");
  }

  @Test
  void takenToHospitalIsHospitalised() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The ferry was carrying 300 tourists.",
        "Twelve tourists were taken to hospital.");
    assertVerdict(
        Verdict.AGREE,
        "The hospital treated 40 patients after the blast.",
        "Forty people were taken to hospital after the blast.");
  }

  @Test
  void pupilsAreStudents() {
    assertVerdict(
        Verdict.COMPATIBLE,
        "About 40% of pupils missed the deadline for the essay.",
        "The school said 41% of students missed the essay deadline.");
  }

  @Test
  void unknownNounsAfterDifferentVerbsAreDifferentThings() {
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The charity received 6,000 donations last year.",
        "The charity answered 4,000 letters last year.");
    assertVerdict(
        Verdict.SINGLE_SOURCE,
        "The agency processed 30,000 claims in March.",
        "The agency approved 12,000 permits in March.");
    assertVerdict(
        Verdict.AGREE,
        "The striker has scored 14 goals this term.",
        "He has netted 14 times this term.");
  }
}
