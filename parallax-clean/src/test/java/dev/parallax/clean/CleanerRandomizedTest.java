package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generates clean articles, sprinkles reversible debris into them (placeholders, escaped and broken
 * references, mojibake, invisible characters, decomposed letters, messy whitespace, boilerplate,
 * stray quotes) and checks that cleaning gives back exactly the clean article, leaves no debris,
 * and is idempotent.
 */
class CleanerRandomizedTest {
  private static final long SEED = 0x5EED_C1EA_2020L;
  private static final int ARTICLES = 400;

  private static final List<String> WORDS =
      List.of(
          "talks",
          "the",
          "envoy",
          "said",
          "deal",
          "Taliban",
          "Kabul",
          "troops",
          "AT&T",
          "R&D",
          "Q&A",
          "O'Brien",
          "don't",
          "group's",
          "café",
          "Zürich",
          "naïve",
          "SÃO",
          "PAULO",
          "’20s",
          "—",
          "50%",
          "€3",
          "Москва",
          "東京",
          "and",
          "officials",
          "violence",
          "agreement");

  private static final List<String> BOILERPLATE =
      List.of(
          "Jane Roe contributed to this report.",
          "(Reporting by Jane Roe; Editing by John Doe)",
          "This story has been updated.",
          "© 2020 Example News. All rights reserved.",
          "Sign up for our newsletter.");

  private final Cleaner cleaner = Cleaner.standard();

  @Test
  void removesSprinkledDebrisExactlyAndIsIdempotent() {
    System.out.println("CleanerRandomizedTest seed: 0x" + Long.toHexString(SEED));
    Random random = new Random(SEED);
    for (int a = 0; a < ARTICLES; a++) {
      String clean = cleanArticle(random);
      String dirty = sprinkle(clean, random);
      CleanedText cleaned = cleaner.cleanText(dirty);
      String context = "seed 0x" + Long.toHexString(SEED) + ", article " + a + ", dirty:\n" + dirty;
      assertThat(cleaned.text()).as(context).isEqualTo(clean);
      CleanerTest.assertNoDebris(cleaned.text());
      assertThat(cleaned.repairs().isEmpty()).as(context).isEqualTo(dirty.equals(clean));
      CleanedText again = cleaner.cleanText(cleaned.text());
      assertThat(again.text()).as(context).isEqualTo(cleaned.text());
      assertThat(again.repairs()).as(context).isEmpty();
      assertThat(cleaner.cleanText(clean))
          .as("clean article %s", clean)
          .isEqualTo(new CleanedText(clean, java.util.Map.of()));
    }
  }

  /** Paragraphs of sentences, some with quoted phrases, in canonical form. */
  private static String cleanArticle(Random random) {
    StringBuilder text = new StringBuilder();
    int paragraphs = 1 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      if (p > 0) {
        text.append("\n\n");
      }
      int sentences = 1 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          text.append(' ');
        }
        text.append(sentence(random));
      }
    }
    return text.toString();
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder("Officials");
    int words = 3 + random.nextInt(8);
    for (int w = 0; w < words; w++) {
      s.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
    }
    switch (random.nextInt(4)) {
      case 0 -> s.append(" \"very soon,\" he said.");
      case 1 -> s.append(" 'cautiously optimistic' now.");
      case 2 -> s.append(" \"not likely.\"");
      default -> s.append('.');
    }
    return s.toString();
  }

  /** Applies some kinds of reversible debris, at random places. */
  private static String sprinkle(String clean, Random random) {
    String dirty = clean;
    List<Integer> kinds =
        new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 12).boxed().toList());
    java.util.Collections.shuffle(kinds, random);
    // Each kind at most once: debris on debris is not what scrapers make.
    for (int kind : kinds.subList(0, random.nextInt(7))) {
      dirty =
          switch (kind) {
            case 0 -> replaceOneSpace(dirty, " %MINIFYHTML" + hex(random) + "% ", random);
            case 1 -> dirty.replace("AT&T", "AT&amp;T").replace("R&D", "R&amp;amp;D");
            case 2 ->
                dirty
                    .replace("O'Brien", "O & # 39; Brien")
                    .replace("don't", "don & # 39; t")
                    .replace("group's", "group&#39;s");
            case 3 ->
                dirty.replace(
                    " 'cautiously optimistic' ", " & # 39; cautiously optimistic & # 39; ");
            case 4 -> dirty.replace("soon,\"", "soon,,quot;").replace(" \"very", " &quot;very");
            case 5 ->
                replaceOne(dirty, "café", Mojibake.of("café"), random)
                    .replace("’20s", Mojibake.of(Mojibake.of("’20s")))
                    .replace("—", Mojibake.of("—"));
            case 6 -> replaceOne(dirty, "e", "e\u200B", random).replace("Zürich", "Zü\u00ADrich");
            case 7 -> dirty.replace("naïve", Normalizer.normalize("naïve", Normalizer.Form.NFD));
            case 8 -> replaceOneSpace(dirty, random.nextBoolean() ? "  \t" : "\u00A0", random);
            case 9 ->
                "\uFEFF "
                    + dirty.replace("\n\n", random.nextBoolean() ? "\r\n\r\n" : " \n \n\n")
                    + " \n";
            case 10 -> dirty + "\n\n" + BOILERPLATE.get(random.nextInt(BOILERPLATE.size()));
            default -> dirty.replace("\"not likely.\"", "\"not likely.\" \".");
          };
    }
    return dirty;
  }

  /**
   * Replaces one space between words, not one inside or beside a broken reference: debris does not
   * land inside other debris.
   */
  private static String replaceOneSpace(String text, String replacement, Random random) {
    List<Integer> spaces = new java.util.ArrayList<>();
    for (int i = 1; i + 1 < text.length(); i++) {
      if (text.charAt(i) == ' '
          && "&#;".indexOf(text.charAt(i - 1)) < 0
          && text.charAt(i + 1) != '&') {
        spaces.add(i);
      }
    }
    if (spaces.isEmpty()) {
      return text;
    }
    int at = spaces.get(random.nextInt(spaces.size()));
    return text.substring(0, at) + replacement + text.substring(at + 1);
  }

  private static String replaceOne(String text, String target, String replacement, Random random) {
    int count = 0;
    for (int i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + 1)) {
      count++;
    }
    if (count == 0) {
      return text;
    }
    int pick = random.nextInt(count);
    int at = text.indexOf(target);
    for (int k = 0; k < pick; k++) {
      at = text.indexOf(target, at + 1);
    }
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static String hex(Random random) {
    return Long.toHexString(random.nextLong() | Long.MIN_VALUE);
  }
}
