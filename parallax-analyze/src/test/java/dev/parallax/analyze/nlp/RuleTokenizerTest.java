package dev.parallax.analyze.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {
  /** The tokens of a text, joined by " | ". */
  private static String tokens(String text) {
    int[] spans = RuleTokenizer.tokenize(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      out.add(text.substring(spans[i], spans[i + 1]));
    }
    return String.join(" | ", out);
  }

  @Test
  void splitsPunctuationAndQuotesOffWords() {
    assertThat(tokens("\"I got caught, but I'm OK,\" Thompson said."))
        .isEqualTo("\" | I | got | caught | , | but | I'm | OK | , | \" | Thompson | said | .");
    assertThat(tokens("“We won’t stop.” (Reuters) [sic]; really?! Yes!"))
        .isEqualTo(
            "“ | We | won’t | stop | . | ” | ( | Reuters | ) | [ | sic | ] | ; | really | ?! | Yes"
                + " | !");
    assertThat(tokens("'The end' he wrote...")).isEqualTo("' | The | end | ' | he | wrote | ...");
  }

  @Test
  void keepsCliticsOnTheirWordAsTheModelDoes() {
    assertThat(tokens("It's Sudan's call; they didn't, we'll see, I'd've gone."))
        .isEqualTo(
            "It's | Sudan's | call | ; | they | didn't | , | we'll | see | , | I'd've | gone | .");
    assertThat(tokens("The Jeffs' lawyer")).isEqualTo("The | Jeffs' | lawyer");
  }

  @Test
  void keepsTheFinalPeriodOfAbbreviationsAndInitials() {
    assertThat(tokens("Mr. Smith of Acme Inc. met Dr. J. Doe in the U.S."))
        .isEqualTo("Mr. | Smith | of | Acme | Inc. | met | Dr. | J. | Doe | in | the | U.S.");
    // The model splits a period off lower-case initialisms and most other words.
    assertThat(tokens("at 5 p.m. today.")).isEqualTo("at | 5 | p.m | . | today | .");
    // ... but not before a comma.
    assertThat(tokens("at 5 p.m., in Fresno, Calif., on"))
        .isEqualTo("at | 5 | p.m. | , | in | Fresno | , | Calif. | , | on");
    assertThat(tokens("Sgt. Pepper")).isEqualTo("Sgt | . | Pepper");
  }

  @Test
  void keepsNumbersWhole() {
    assertThat(tokens("$13.9 billion, 1,000 people, 10:30 a.m. and 12.5% more; won 7-0."))
        .isEqualTo(
            "$ | 13.9 | billion | , | 1,000 | people | , | 10:30 | a.m | . | and | 12.5 | % | more"
                + " | ; | won | 7-0 | .");
    assertThat(tokens("(11-4) 2008-09 £13 #1")).isEqualTo("( | 11-4 | ) | 2008-09 | £13 | # | 1");
  }

  @Test
  void splitsHyphensExceptAfterPrefixes() {
    assertThat(tokens("a 33-year-old Hewlett-Packard co-worker's anti-piracy stance"))
        .isEqualTo(
            "a | 33 | - | year | - | old | Hewlett | - | Packard | co-worker's | anti-piracy |"
                + " stance");
    assertThat(tokens("Then -- and only then -- it--or"))
        .isEqualTo("Then | -- | and | only | then | -- | it | -- | or");
  }

  @Test
  void keepsWebAddressesAndHandles() {
    assertThat(tokens("see www.bettiepage.com. or mail info@example.com (@ashrafghani)"))
        .isEqualTo(
            "see | www.bettiepage.com | . | or | mail | info@example.com | ( | @ashrafghani | )");
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "ignored. \u00a0\"Hi,\" she said.\tignored";
    int from = text.indexOf('\u00a0');
    int to = text.indexOf('\t');
    int[] spans = RuleTokenizer.tokenize(text, from, to);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < spans.length; i += 2) {
      words.add(text.substring(spans[i], spans[i + 1]));
    }
    assertThat(words).containsExactly("\"", "Hi", ",", "\"", "she", "said", ".");
    assertThat(spans[0]).isEqualTo(from + 1);
    assertThat(spans[spans.length - 1]).isEqualTo(to);
  }

  @Test
  void emptyAndBlankRangesHaveNoTokens() {
    assertThat(RuleTokenizer.tokenize("", 0, 0)).isEmpty();
    assertThat(RuleTokenizer.tokenize(" \n\t ", 0, 4)).isEmpty();
    assertThatThrownBy(() -> RuleTokenizer.tokenize("abc", 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[2, 1)");
  }

  @Test
  void randomTextsGiveOrderedSpansThatCoverEveryNonSpaceChar() {
    long seed = 20261121L;
    System.out.println("RuleTokenizerTest seed " + seed);
    Random random = new Random(seed);
    String alphabet = "aZ09 .,;:'\"-–—/()[]$%&@#?!…’“”\u00a0\n";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      int[] spans = RuleTokenizer.tokenize(text, 0, text.length());
      StringBuilder covered = new StringBuilder();
      int previousEnd = 0;
      for (int i = 0; i < spans.length; i += 2) {
        assertThat(spans[i])
            .as("seed %d text [%s]", seed, text)
            .isGreaterThanOrEqualTo(previousEnd);
        assertThat(spans[i + 1]).as("seed %d text [%s]", seed, text).isGreaterThan(spans[i]);
        String token = text.substring(spans[i], spans[i + 1]);
        assertThat(
                token.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
            .as("seed %d token [%s]", seed, token)
            .isTrue();
        covered.append(token);
        previousEnd = spans[i + 1];
      }
      String nonSpace =
          text.codePoints()
              .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
              .toString();
      assertThat(covered.toString()).as("seed %d text [%s]", seed, text).isEqualTo(nonSpace);
    }
  }
}
