package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated numbers written in digits, with separators, in words and with scale words read back to
 * the value they were written from.
 */
class NumberRoundTripTest {
  private static final long SEED = 1_234_567L;
  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static EnglishNlp nlp;

  @BeforeAll
  static void load() {
    nlp = EnglishNlp.load();
  }

  /** English words for 1 to 999,999. */
  static String words(int n) {
    if (n >= 1000) {
      String rest = n % 1000 == 0 ? "" : " " + words(n % 1000);
      return words(n / 1000) + " thousand" + rest;
    }
    if (n >= 100) {
      String rest = n % 100 == 0 ? "" : " and " + words(n % 100);
      return UNITS[n / 100] + " hundred" + rest;
    }
    if (n >= 20) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
    }
    return UNITS[n];
  }

  private static NumericClaim single(String sentence) {
    List<NumericClaim> claims = ClaimExtractor.standard().extract(nlp.analyze(sentence));
    assertThat(claims).as(sentence).hasSize(1);
    return claims.get(0);
  }

  @Test
  void generatedNumbersParseBack() {
    System.out.println("NumberRoundTripTest seed " + SEED);
    Random random = new Random(SEED);
    for (int round = 0; round < 150; round++) {
      int n = 2 + random.nextInt(999_998);
      if (n >= 1800 && n <= 2100) {
        n += 500; // a bare number there is a year
      }
      String digits = String.format(Locale.ROOT, "%,d", n);
      String written;
      double expected = n;
      switch (random.nextInt(4)) {
        case 0 -> written = digits;
        case 1 -> written = Integer.toString(n); // digits without thousands separators
        case 2 -> written = words(n);
        default -> {
          double millions = Math.round(n / 1000.0) / 10.0;
          written = String.format(Locale.ROOT, "%.1f million", millions);
          expected = millions * 1e6;
        }
      }
      NumericClaim c = single("Officials said " + written + " people were evacuated.");
      assertThat(c.low())
          .as(written)
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(c.high()).as(written).isEqualTo(c.low());
      assertThat(c.kind()).as(written).isEqualTo(ClaimKind.COUNT);
      assertThat(c.normalizedCounted()).as(written).isEqualTo("people evacuated");
    }
  }

  @Test
  void generatedRangesParseBack() {
    Random random = new Random(SEED + 1);
    for (int round = 0; round < 40; round++) {
      int thousands = 2 + random.nextInt(80);
      int low = thousands * 1000;
      int high = (thousands + 1 + random.nextInt(5)) * 1000;
      String written =
          switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, "%d-%,d", low / 1000, high);
            case 1 -> String.format(Locale.ROOT, "between %,d and %,d", low, high);
            default -> String.format(Locale.ROOT, "%,d to %,d", low, high);
          };
      NumericClaim c = single("The army has " + written + " soldiers there.");
      assertThat(c.low()).as(written).isEqualTo(low);
      assertThat(c.high()).as(written).isEqualTo(high);
      assertThat(c.normalizedCounted()).as(written).isEqualTo("troop");
    }
  }
}
