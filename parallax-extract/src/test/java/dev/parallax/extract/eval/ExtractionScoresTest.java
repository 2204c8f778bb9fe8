package dev.parallax.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoresTest {
  @Test
  void tokensAreUnicodeWordsWithCaseKept() {
    assertThat(ExtractionScores.tokens("Héllo, wörld! 3.5 naïve_x"))
        .containsExactly("Héllo", "wörld", "3", "5", "naïve_x");
  }

  @Test
  void identicalTextsScoreOne() {
    ExtractionScores.PageMatch m = ExtractionScores.match("a b c d e", "a b c d e");
    assertThat(m).isEqualTo(new ExtractionScores.PageMatch(1, 0, 0));
    assertThat(m.precision()).isEqualTo(1);
    assertThat(m.recall()).isEqualTo(1);
  }

  @Test
  void countsShingleMultisets() {
    // gold shingles: abcd, bcde; predicted: abcd, bcdx, cdxy -> tp 1, fp 2, fn 1, sum 4
    ExtractionScores.PageMatch m = ExtractionScores.match("a b c d e", "a b c d x y");
    assertThat(m.tp()).isEqualTo(0.25);
    assertThat(m.fp()).isEqualTo(0.5);
    assertThat(m.fn()).isEqualTo(0.25);
    assertThat(m.precision()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(m.recall()).isEqualTo(0.5);
  }

  @Test
  void repeatedShinglesCountAsOftenAsTheyOccur() {
    // gold: (a a a a) x2; predicted: (a a a a) x1 -> tp 1, fn 1
    ExtractionScores.PageMatch m = ExtractionScores.match("a a a a a", "a a a a");
    assertThat(m).isEqualTo(new ExtractionScores.PageMatch(0.5, 0, 0.5));
  }

  @Test
  void isCaseSensitive() {
    assertThat(ExtractionScores.match("One two three four", "one two three four").tp())
        .isEqualTo(0);
  }

  @Test
  void shortTextsAreOneShingle() {
    assertThat(ExtractionScores.match("a b", "a b").tp()).isEqualTo(1);
    assertThat(ExtractionScores.match("a b", "a b c").fp()).isEqualTo(0.5);
  }

  @Test
  void emptyPredictionsCountForRecallOnly() {
    ExtractionScores.PageMatch empty = ExtractionScores.match("a b c d", "");
    assertThat(empty).isEqualTo(new ExtractionScores.PageMatch(0, 0, 1));
    ExtractionScores.PageMatch half = ExtractionScores.match("a b c d e", "a b c d");
    ExtractionScores s = ExtractionScores.of(List.of(empty, half));
    // precision over the one page that predicted something: 1.0; recall (0 + 0.5) / 2
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.25);
    assertThat(s.f1()).isCloseTo(2 * 0.25 / 1.25, within(1e-12));
    assertThat(s.pages()).isEqualTo(2);
  }

  @Test
  void bothEmptyIsPerfectButCountsNowhere() {
    ExtractionScores.PageMatch m = ExtractionScores.match("", "...");
    assertThat(m).isEqualTo(new ExtractionScores.PageMatch(0, 0, 0));
    assertThat(m.precision()).isEqualTo(1);
    ExtractionScores s = ExtractionScores.of(List.of(m));
    assertThat(s.precision()).isZero();
    assertThat(s.f1()).isZero();
  }
}
