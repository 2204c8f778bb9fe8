package dev.parallax.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Randomized: documents of generated news sentences give every sentence the same mentions whatever
 * order the sentences come in (the recognizer reads the whole document, not its order).
 */
class EntityRecognizerShuffleTest {
  private static final long SEED = Long.getLong("parallax.seed", 20240611L);

  private static final String[] GIVEN = {"Ashraf", "Maria", "John", "Fatima", "Peter", "Ellen"};
  private static final String[] SURNAME = {"Ghani", "Lopez", "Okafor", "Brandt", "Sato", "Reid"};
  private static final String[] CITY = {"Kabul", "Doha", "Nairobi", "Lyon", "Osaka", "Denver"};
  private static final String[] ORG = {"Reuters", "the Taliban", "NATO", "Apple", "the FBI"};
  private static final String[] TEMPLATES = {
    "President {G} {S} said the talks in {C} would resume on Monday.",
    "{S} told {O} that nothing had been decided.",
    "Officials in {C} said {G} {S} had left the country.",
    "According to {O}, the meeting in {C} lasted three hours.",
    "The spokesman for {O} declined to comment on {S}'s visit.",
    "{G} {S}, 54, was born in {C}.",
    "Police in {C} said they had questioned {G} {S}.",
    "\"We are ready,\" {S} said in {C} on Friday."
  };

  private record Found(String line, int offset, String text, EntityType type) {}

  @Test
  void shuffledSentencesKeepTheirMentions() {
    System.out.println("EntityRecognizerShuffleTest seed=" + SEED);
    Random random = new Random(SEED);
    EnglishNlp nlp = EnglishNlp.load();
    EntityRecognizer recognizer = EntityRecognizer.standard(nlp);
    for (int doc = 0; doc < 15; doc++) {
      List<String> lines = new ArrayList<>();
      int n = 4 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        lines.add(sentence(random));
      }
      List<String> shuffled = new ArrayList<>(lines);
      Collections.shuffle(shuffled, random);
      List<Found> expected = found(recognizer, lines);
      assertThat(expected).as("seed %d, document %d finds names", SEED, doc).isNotEmpty();
      assertThat(found(recognizer, shuffled))
          .as("seed %d, document %d:%n%s", SEED, doc, String.join("\n", lines))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static String sentence(Random random) {
    String s = TEMPLATES[random.nextInt(TEMPLATES.length)];
    s = s.replace("{G}", GIVEN[random.nextInt(GIVEN.length)]);
    s = s.replace("{S}", SURNAME[random.nextInt(SURNAME.length)]);
    s = s.replace("{C}", CITY[random.nextInt(CITY.length)]);
    return s.replace("{O}", ORG[random.nextInt(ORG.length)]);
  }

  /** The mentions of a document as (line, offset in line, text, type). */
  private static List<Found> found(EntityRecognizer recognizer, List<String> lines) {
    String text = String.join("\n", lines);
    Map<Integer, Integer> lineOf = new HashMap<>();
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      for (int k = 0; k <= lines.get(i).length(); k++) {
        lineOf.put(start + k, i);
      }
      start += lines.get(i).length() + 1;
    }
    List<Found> out = new ArrayList<>();
    for (EntityMention m : recognizer.recognize(text)) {
      int line = lineOf.get(m.start());
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      out.add(new Found(lines.get(line), m.start() - lineStart, m.text(), m.type()));
    }
    return out;
  }
}
