package dev.parallax.bench.synth;

import java.util.List;
import java.util.Random;

/**
 * Generic news filler sentences, shared by every kind of event: the background vocabulary that
 * makes articles about different events look alike. Templates use the facts of {@link
 * SyntheticEvent}.
 */
final class Filler {
  private static final List<String> SUBJECTS =
      List.of(
          "Local officials",
          "Several residents",
          "Community leaders",
          "Business owners in the area",
          "A neighbour who asked not to be named",
          "Analysts",
          "Volunteers",
          "Members of the council",
          "Opposition politicians",
          "Regional authorities",
          "Church leaders in {town}",
          "Shopkeepers on {street}",
          "Parents at a nearby school",
          "Experts contacted by reporters",
          "People gathered outside the town hall");
  private static final List<String> PREDICATES =
      List.of(
          "described the situation as",
          "said the response had been",
          "called the events of {weekday}",
          "expected the coming days to be",
          "said the mood in {town} was",
          "warned that the consequences could be",
          "told reporters the news was",
          "said the past few days had been",
          "agreed that the outcome was",
          "called the official figures");
  private static final List<String> COMPLEMENTS =
      List.of(
          "difficult but under control",
          "unprecedented for the area",
          "a wake-up call for the whole region",
          "deeply worrying",
          "better than many had feared",
          "a test for the new administration",
          "hard to take in",
          "something nobody had prepared for",
          "typical of a year of bad news",
          "a reminder of how fragile things are",
          "confusing at first",
          "the talk of every café in {town}");
  private static final List<String> TAILS =
      List.of(
          ".",
          ".",
          ".",
          " and promised further updates.",
          ", as many questions remained unanswered.",
          ", adding that more information would be released later.",
          ", according to people familiar with the matter.",
          " in interviews on {weekday}.");
  private static final List<String> STANDALONE =
      List.of(
          "Traffic on the main roads into {town} was slow for much of the afternoon.",
          "Officials said they would hold a press conference later in the day.",
          "The council has scheduled a public meeting for next week.",
          "Social media was quickly filled with photos and videos from the scene.",
          "Weather forecasters expect mild temperatures across {region} for the rest of the week.",
          "It was not immediately clear how long the disruption would last.",
          "Local radio stations interrupted their programmes with updates.",
          "Schools in the area said classes would go ahead as normal.",
          "A hotline has been set up for people seeking information.",
          "The story is developing and this report will be updated.",
          "Reporters at the scene saw police tape around several buildings.",
          "{town} has a population of about {n2} thousand.",
          "Questions were raised about whether warnings had been ignored.",
          "The last comparable event in {region} took place more than a decade ago.",
          "Community groups began collecting donations on {weekday} evening.",
          "A statement posted online thanked people for their patience.",
          "Officials declined to give further details, citing the ongoing inquiry.",
          "Some residents said they had learned of the news from neighbours.",
          "The regional government said it was monitoring the situation closely.",
          "Shops near the town centre closed early.",
          "Public transport ran on a reduced timetable for the rest of the day.",
          "Several lawmakers called for an independent review.",
          "The events dominated conversation at the weekly market in {town}.",
          "Insurance companies said it was too early to estimate the cost.",
          "Experts said the figures could change as more information became available.",
          "Charities in {region} offered support to those affected.",
          "Visitors were advised to check official channels before travelling.",
          "Emergency numbers were busy for hours, according to officials.",
          "National media crews arrived in {town} by the evening.",
          "A memorial service is being planned, according to a local church.");

  private Filler() {}

  /** One filler sentence template, drawn from {@code random}. */
  static String template(Random random) {
    if (random.nextInt(3) == 0) {
      return NamePool.pick(STANDALONE, random);
    }
    return NamePool.pick(SUBJECTS, random)
        + " "
        + NamePool.pick(PREDICATES, random)
        + " "
        + NamePool.pick(COMPLEMENTS, random)
        + NamePool.pick(TAILS, random);
  }

  /** Sentence templates a wire copy may add to the text it copies. */
  static final List<String> COPY_ADDITIONS =
      List.of(
          "This article has been updated with additional reporting.",
          "Further details were expected later on {weekday}.",
          "Additional reporting by staff in {region}.",
          "The agency's correspondent in {town} contributed to this report.",
          "Officials were due to give a further update at {time}.");
}
