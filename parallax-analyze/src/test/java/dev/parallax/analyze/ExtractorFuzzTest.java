package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.claim.ClaimExtractor;
import dev.parallax.analyze.claim.NumericClaim;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.quote.CapitalizedRunRecognizer;
import dev.parallax.analyze.quote.Quote;
import dev.parallax.analyze.quote.QuoteExtractor;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dirty input is data: random runs of quote marks, numbers and attribution words never throw. */
class ExtractorFuzzTest {
  private static final String[] PIECES = {
    "\"",
    "“",
    "”",
    "'",
    "‘",
    "’",
    "«",
    "»",
    "said ",
    "told ",
    "according to ",
    "12",
    "3,000",
    "-",
    "–",
    " to ",
    "between ",
    "and ",
    "million ",
    "$",
    "%",
    "km",
    "he ",
    "Ghani ",
    "The official ",
    ", ",
    ". ",
    "\n",
    "\n\n",
    " ",
    "people ",
    "killed ",
    "about ",
    "at least ",
    "a dozen ",
    "from ",
    "rose ",
    "2020",
    "February 11, ",
    "(@x) ",
    "– Ann Lee (@ann) March 3, 2020\n",
    "O'Brien ",
    "—",
    "...",
    "?",
    ":",
    " of ",
    "year-old ",
    "-year ",
    "per cent "
  };

  @Test
  void randomTextsGiveQuotesAndClaimsInsideTheText() {
    long seed = 42L;
    System.out.println("ExtractorFuzzTest seed " + seed);
    Random random = new Random(seed);
    EnglishNlp nlp = EnglishNlp.load();
    CapitalizedRunRecognizer recognizer = new CapitalizedRunRecognizer();
    for (int round = 0; round < 1500; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      AnalyzedText analyzed = nlp.analyze(text);
      for (Quote q : QuoteExtractor.standard().extract(analyzed, recognizer.apply(analyzed))) {
        assertThat(q.end()).as(text).isLessThanOrEqualTo(text.length());
      }
      for (NumericClaim c : ClaimExtractor.standard().extract(analyzed)) {
        assertThat(text.substring(c.start(), c.end())).as(text).isEqualTo(c.text());
      }
    }
  }
}
