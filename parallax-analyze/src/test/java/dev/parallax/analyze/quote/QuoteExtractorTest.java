package dev.parallax.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.ManyThreads;
import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityType;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
  private static EnglishNlp nlp;
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.standard();

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
  }

  /** Extracts with entity mentions built by hand from the given names. */
  private static List<Quote> quotes(String text, String... people) {
    AnalyzedText analyzed = nlp.analyze(text);
    return EXTRACTOR.extract(analyzed, mentions(text, EntityType.PERSON, people));
  }

  private static List<EntityMention> mentions(String text, EntityType type, String... names) {
    List<EntityMention> out = new ArrayList<>();
    for (String name : names) {
      if (name.isBlank()) {
        continue;
      }
      int at = text.indexOf(name);
      while (at >= 0) {
        out.add(new EntityMention(name, at, at + name.length(), type));
        at = text.indexOf(name, at + name.length());
      }
    }
    return out;
  }

  private static List<Quote> direct(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.DIRECT).toList();
  }

  private static List<Quote> reported(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() == QuoteKind.REPORTED).toList();
  }

  @Test
  void quoteBeforeSpeakerAndVerb() {
    List<Quote> q = quotes("\"We will rebuild the bridge,\" Maria Lopez said.", "Maria Lopez");
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("We will rebuild the bridge,");
              assertThat(d.speaker().name()).isEqualTo("Maria Lopez");
              assertThat(d.speaker().role()).isFalse();
              assertThat(d.speaker().type()).isEqualTo(EntityType.PERSON);
              assertThat(d.verb()).isEqualTo("said");
            });
    assertThat(reported(q)).isEmpty();
  }

  @Test
  void invertedSpeakerAfterTheVerb() {
    List<Quote> q =
        quotes("“The water came in minutes,” said Tom Baker, a local farmer.", "Tom Baker");
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("The water came in minutes,");
              assertThat(d.speaker().name()).isEqualTo("Tom Baker");
            });
  }

  @Test
  void colonAndThatIntroduceAQuote() {
    List<Quote> colon = quotes("The minister said: \"Nobody will be left behind.\"", "");
    assertThat(direct(colon))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("Nobody will be left behind.");
              assertThat(d.speaker().name()).isEqualTo("The minister");
              assertThat(d.speaker().role()).isTrue();
            });
    List<Quote> that =
        quotes("A State Department spokesperson said that “talks continue around the specifics.”");
    assertThat(direct(that))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.speaker().name()).isEqualTo("A State Department spokesperson");
              assertThat(d.speaker().role()).isTrue();
            });
    assertThat(reported(that)).as("a clause that is all quote is only direct").isEmpty();
  }

  @Test
  void guillemetsAndCurlySingleQuotes() {
    List<Quote> g = quotes("«Nous allons gagner cette bataille,» said Jean Martin.", "Jean Martin");
    assertThat(direct(g))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("Nous allons gagner cette bataille,");
              assertThat(d.speaker().name()).isEqualTo("Jean Martin");
            });
    List<Quote> s =
        quotes("‘We have lost everything in the fire,’ Anna Berg told reporters.", "Anna Berg");
    assertThat(direct(s))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("We have lost everything in the fire,");
              assertThat(d.speaker().name()).isEqualTo("Anna Berg");
              assertThat(d.verb()).isEqualTo("told");
            });
  }

  @Test
  void apostrophesAreNotQuotes() {
    String text = "Robert O'Brien said the Taliban's offer wasn't enough for the country's army.";
    List<Quote> q = quotes(text, "Robert O'Brien");
    assertThat(direct(q)).isEmpty();
    assertThat(reported(q))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text())
                  .isEqualTo("the Taliban's offer wasn't enough for the country's army");
              assertThat(r.speaker().name()).isEqualTo("Robert O'Brien");
            });
  }

  @Test
  void aQuoteReopenedInTheNextParagraphIsOneQuote() {
    String text =
        "Jane Smith spoke after the vote.\n\n"
            + "\"We fought for this law for ten years.\n\n"
            + "\"Today the people of this city have been heard,\" she said.";
    List<Quote> q = direct(quotes(text, "Jane Smith"));
    assertThat(q)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text())
                  .isEqualTo(
                      "We fought for this law for ten years. Today the people of this city have been"
                          + " heard,");
              assertThat(d.speaker().name()).isEqualTo("Jane Smith");
              assertThat(text.substring(d.start(), d.end()))
                  .startsWith("We fought")
                  .endsWith("heard,");
            });
  }

  @Test
  void aQuoteOverSeveralSentenceLinesIsOneQuote() {
    String text =
        "\"I saw her fall back.\nI saw blood coming from her,\" said Unique Armstead, a witness.";
    assertThat(direct(quotes(text, "Unique Armstead")))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("I saw her fall back. I saw blood coming from her,");
              assertThat(d.speaker().name()).isEqualTo("Unique Armstead");
            });
  }

  @Test
  void continuationQuotesAndPronounsTakeTheLastSpeaker() {
    String text =
        "\"The conditions right now are better,\" said Gen. John Hyten, the vice chairman.\n"
            + "\"That's why it wasn't called a ceasefire.\"\n"
            + "\"It was called a reduction in violence,\" he said.";
    List<Quote> q = direct(quotes(text, "John Hyten"));
    assertThat(q).hasSize(3);
    assertThat(q).allSatisfy(d -> assertThat(d.speaker().name()).isEqualTo("John Hyten"));
  }

  @Test
  void surnamesResolveToTheFullName() {
    String text =
        "Afghan President Ashraf Ghani welcomed the talks.\n"
            + "\"The Secretary informed me about the proposal,\" Ghani said.";
    List<EntityMention> people = new ArrayList<>();
    people.addAll(mentions(text, EntityType.PERSON, "Ashraf Ghani"));
    int ghani = text.indexOf("Ghani said");
    people.add(new EntityMention("Ghani", ghani, ghani + 5, EntityType.PERSON));
    List<Quote> q = EXTRACTOR.extract(nlp.analyze(text), people);
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.speaker().name()).isEqualTo("Ashraf Ghani");
              assertThat(d.speaker().type()).isEqualTo(EntityType.PERSON);
            });
  }

  @Test
  void anEmbeddedPostIsADirectQuoteOfItsAuthor() {
    String text =
        "Ghani posted on Twitter.\n\n"
            + "Today I was pleased to receive a call from @SecPompeo. The Secretary informed me"
            + " about the proposal. – Ashraf Ghani (@ashrafghani) February 11, 2020\n\n"
            + "Talks continue.";
    List<Quote> q = quotes(text, "Ashraf Ghani");
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text())
                  .startsWith("Today I was pleased")
                  .endsWith("about the proposal.");
              assertThat(d.speaker().name()).isEqualTo("Ashraf Ghani");
              assertThat(d.verb()).isEqualTo("tweeted");
            });
  }

  @Test
  void reportedSpeechGivesTheClause() {
    List<Quote> q =
        quotes(
            "Police Inspector Dave Gaskin said Monday the two incidents were not related.",
            "Dave Gaskin");
    assertThat(reported(q))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("the two incidents were not related");
              assertThat(r.speaker().name()).isEqualTo("Dave Gaskin");
              assertThat(r.verb()).isEqualTo("said");
            });
    List<Quote> that = quotes("The company said that its profits fell sharply in May.");
    assertThat(reported(that))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("its profits fell sharply in May");
              assertThat(r.speaker().name()).isEqualTo("The company");
            });
  }

  @Test
  void postposedAndAccordingToAttributions() {
    List<Quote> post = quotes("Two women and a man died in the fire, police said on Wednesday.");
    assertThat(reported(post))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("Two women and a man died in the fire");
              assertThat(r.speaker().name()).isEqualTo("police");
              assertThat(r.speaker().role()).isTrue();
            });
    List<Quote> according =
        quotes("The cables were cut early on Friday, according to France Telecom.");
    assertThat(reported(according))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("The cables were cut early on Friday");
              assertThat(r.speaker().name()).isEqualTo("France Telecom");
              assertThat(r.verb()).isEqualTo("according to");
            });
    List<Quote> leading = quotes("According to the BBC, both leaders have backed the proposal.");
    assertThat(reported(leading))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("both leaders have backed the proposal");
              assertThat(r.speaker().name()).isEqualTo("BBC");
            });
  }

  @Test
  void toldTakesTheListenerOutOfTheClause() {
    List<Quote> q = quotes("Lopez told police he was aiming at rival gang members.", "Lopez");
    assertThat(reported(q))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text()).isEqualTo("he was aiming at rival gang members");
              assertThat(r.speaker().name()).isEqualTo("Lopez");
            });
  }

  @Test
  void negatedAndPassiveVerbsReportNothing() {
    assertThat(quotes("Her rep declined to say what the actress was being treated for.")).isEmpty();
    assertThat(quotes("The building is said to be where the gang got its name.")).isEmpty();
  }

  @Test
  void partialQuotesTakeTheSpeakerOfTheirSentence() {
    String text =
        "Robert O'Brien said he is \"cautiously optimistic\" that a deal could come within"
            + " weeks.";
    List<Quote> q = quotes(text, "Robert O'Brien");
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.text()).isEqualTo("cautiously optimistic");
              assertThat(d.speaker().name()).isEqualTo("Robert O'Brien");
            });
    assertThat(reported(q))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("he is \"cautiously optimistic\" that"));
  }

  @Test
  void scareQuotesAndTitlesAreNotQuotes() {
    assertThat(
            quotes(
                "The Taliban have refused to talk to the government, calling it a \"puppet"
                    + " regime.\""))
        .isEmpty();
    assertThat(quotes("Ketsoyan would not say what the \"American Pie\" star was treated for."))
        .isEmpty();
    List<Quote> long4 = quotes("The deal is being described as a \"reduction in violence plan.\"");
    assertThat(direct(long4))
        .as("four words or more with no speaker is a quote of an unknown speaker")
        .singleElement()
        .satisfies(d -> assertThat(d.speaker()).isEqualTo(Speaker.UNKNOWN));
  }

  @Test
  void rolePhrasesAreSpeakers() {
    List<Quote> q =
        quotes(
            "\"We have made significant progress,\" the Taliban official told Al Jazeera on"
                + " Wednesday.");
    assertThat(direct(q))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.speaker().name()).isEqualTo("the Taliban official");
              assertThat(d.speaker().role()).isTrue();
              assertThat(d.verb()).isEqualTo("told");
            });
  }

  @Test
  void definiteRolesReferBackToEarlierSpeakers() {
    String text =
        "A France Telecom spokeswoman said the cuts hit three cables.\n"
            + "The repairs will take two weeks, the spokeswoman said.";
    List<Quote> q = reported(quotes(text));
    assertThat(q).hasSize(2);
    assertThat(q)
        .allSatisfy(r -> assertThat(r.speaker().name()).isEqualTo("A France Telecom spokeswoman"));
  }

  @Test
  void emptyAndQuotelessTexts() {
    assertThat(EXTRACTOR.extract(nlp.analyze(""), List.of())).isEmpty();
    assertThat(quotes("The river rose overnight.\nSchools stayed closed.")).isEmpty();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text =
        "Intro line.\n\"First part,\" said Ann Lee, \"second part of the quote.\"\nOutro.";
    List<Quote> found = quotes(text, "Ann Lee");
    assertThat(found).isNotEmpty();
    for (Quote q : found) {
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    assertThat(direct(quotes(text, "Ann Lee")))
        .extracting(Quote::text)
        .containsExactly("First part,", "second part of the quote.");
  }

  @Test
  void randomGeneratedAttributionsAreFound() {
    long seed = 20240611L;
    System.out.println("QuoteExtractorTest seed " + seed);
    Random random = new Random(seed);
    String[] first = {"Maria", "John", "Aisha", "Pedro", "Li", "Olga", "Samuel", "Fatima"};
    String[] last = {"Lopez", "Carter", "Khan", "Silva", "Wang", "Petrova", "Okafor", "Haddad"};
    String[] verbs = {"said", "added", "told reporters", "explained", "wrote"};
    String[] bodies = {
      "we will not give up on this town",
      "the water rose faster than anyone expected",
      "nobody has the right to violence",
      "the talks have made real progress this week",
      "our teams are working through the night"
    };
    for (int round = 0; round < 40; round++) {
      String name = first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
      String verb = verbs[random.nextInt(verbs.length)];
      String body = bodies[random.nextInt(bodies.length)];
      String quoted = Character.toUpperCase(body.charAt(0)) + body.substring(1);
      String text =
          switch (random.nextInt(4)) {
            case 0 -> "\"" + quoted + ",\" " + name + " " + verb + ".";
            case 1 ->
                "“" + quoted + ",” " + (verb.startsWith("told") ? "said" : verb) + " " + name + ".";
            case 2 -> name + " " + verb + ": \"" + quoted + ".\"";
            default -> name + " said " + body + ".";
          };
      List<Quote> found = quotes(text, name);
      assertThat(found).as(text).isNotEmpty();
      assertThat(found.get(0).speaker().name()).as(text).isEqualTo(name);
      assertThat(found.get(0).text()).as(text).containsIgnoringCase(body.substring(0, 10));
    }
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    String text =
        "\"We have made significant progress,\" the Taliban official said.\n"
            + "Police Inspector Dave Gaskin said the two incidents were not related.\n"
            + "“Nobody has the right to violence,” George Papandreou told parliament.";
    AnalyzedText analyzed = nlp.analyze(text);
    List<EntityMention> people =
        mentions(text, EntityType.PERSON, "Dave Gaskin", "George Papandreou");
    List<Quote> expected = EXTRACTOR.extract(analyzed, people);
    for (List<Quote> run : ManyThreads.run(64, () -> EXTRACTOR.extract(analyzed, people))) {
      assertThat(run).isEqualTo(expected);
    }
    assertThat(expected).hasSize(3);
  }
}
