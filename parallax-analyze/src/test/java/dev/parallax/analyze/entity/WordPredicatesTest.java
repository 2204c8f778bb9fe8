package dev.parallax.analyze.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written word tests of {@link WordSplitter}, {@link RecognitionPass} and {@link
 * EntityLexicon} agree with the regexes and the upper-casing they replace, on fixed examples and on
 * random strings over an alphabet of the characters those patterns distinguish.
 */
class WordPredicatesTest {
  private static final long SEED = 20261122L;

  /** ASCII punctuation, quotes and dashes, letters of each case, digits, a surrogate pair. */
  private static final String[] ALPHABET = {
    "a",
    "z",
    "A",
    "Z",
    "I",
    "V",
    "X",
    "L",
    "M",
    "s",
    "0",
    "7",
    ".",
    "-",
    "&",
    "'",
    "’",
    "`",
    "#",
    "@",
    "\"",
    "“",
    "”",
    "‘",
    "«",
    "»",
    "‹",
    "…",
    "–",
    "—",
    "!",
    "?",
    ",",
    ":",
    "(",
    ")",
    "[",
    "_",
    "~",
    "$",
    "+",
    " ",
    "\n",
    "é",
    "É",
    "ß",
    "Σ",
    "ﬁ",
    "ǅ",
    "Ⓐ",
    "\uD835\uDC00",
    "\uD835\uDC1A",
    "\uD83D\uDE00",
    "\uD835"
  };

  @Test
  void examples() {
    assertThat(WordSplitter.allHard("--")).isTrue();
    assertThat(WordSplitter.allHard("“")).isTrue();
    assertThat(WordSplitter.allHard("T")).isFalse();
    assertThat(WordSplitter.mergeable("-")).isTrue();
    assertThat(WordSplitter.mergeable(",")).isFalse();
    assertThat(WordSplitter.initials("U.S.")).isTrue();
    assertThat(WordSplitter.initials("U.S")).isFalse();
    assertThat(WordSplitter.singleInitial("B.")).isTrue();
    assertThat(WordSplitter.openingQuotes("“'")).isTrue();
    assertThat(RecognitionPass.roman("XIV")).isTrue();
    assertThat(RecognitionPass.roman("XIVXII")).isFalse();
    assertThat(EntityLexicon.upperCase("FBI")).isTrue();
    assertThat(EntityLexicon.upperCase("STRAßE")).isFalse();
  }

  @Test
  void agreeWithThePatternsOnRandomStrings() {
    System.out.println("WordPredicatesTest seed " + SEED);
    Random random = new Random(SEED);
    for (int n = 0; n < 200_000; n++) {
      String s = randomString(random, n % 8);
      agree(WordSplitter.HARD, s, WordSplitter.allHard(s));
      agree(WordSplitter.MERGEABLE_PUNCT, s, WordSplitter.allMergeablePunct(s));
      agree(WordSplitter.INITIALS, s, WordSplitter.initials(s));
      agree(WordSplitter.SINGLE_INITIAL, s, WordSplitter.singleInitial(s));
      agree(WordSplitter.OPENING_QUOTE, s, WordSplitter.openingQuotes(s));
      agree(RecognitionPass.ROMAN, s, RecognitionPass.roman(s));
      assertThat(EntityLexicon.upperCase(s))
          .as("upper case of %s", s)
          .isEqualTo(s.equals(s.toUpperCase(Locale.ROOT)));
    }
  }

  @Test
  void agreeOnEveryCharacter() {
    Stream.iterate(0, c -> c <= Character.MAX_CODE_POINT, c -> c + 1)
        .map(Character::toString)
        .forEach(
            s -> {
              agree(WordSplitter.HARD, s, WordSplitter.allHard(s));
              agree(WordSplitter.MERGEABLE_PUNCT, s, WordSplitter.allMergeablePunct(s));
              agree(WordSplitter.INITIALS, s + ".", WordSplitter.initials(s + "."));
              agree(WordSplitter.SINGLE_INITIAL, s + ".", WordSplitter.singleInitial(s + "."));
              agree(WordSplitter.OPENING_QUOTE, s, WordSplitter.openingQuotes(s));
              assertThat(EntityLexicon.upperCase(s))
                  .isEqualTo(s.equals(s.toUpperCase(Locale.ROOT)));
            });
  }

  private static void agree(Pattern pattern, String s, boolean actual) {
    assertThat(actual).as("%s on \"%s\"", pattern, s).isEqualTo(pattern.matcher(s).matches());
  }

  private static String randomString(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }
}
