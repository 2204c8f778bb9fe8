package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.List;

/** What the claim tests share: one loaded pipeline and the assertions they repeat. */
final class ClaimTestSupport {
  private ClaimTestSupport() {}

  /** The pipeline, loaded once for every test class that needs it. */
  private static final class Holder {
    static final EnglishNlp NLP = EnglishNlp.load();
  }

  static EnglishNlp nlp() {
    return Holder.NLP;
  }

  /** The claims the standard extractor finds in a text. */
  static List<NumericClaim> claims(String text) {
    return ClaimExtractor.standard().extract(nlp().analyze(text));
  }

  /** The only claim of a kind the standard extractor finds in a text. */
  static NumericClaim only(String text, ClaimKind kind) {
    List<NumericClaim> of = claims(text).stream().filter(c -> c.kind() == kind).toList();
    assertThat(of).as("%s claims of %s", kind, text).hasSize(1);
    return of.get(0);
  }

  /** The verdict on two sources' sentences, as the evaluation gives it. */
  static Verdict verdict(String a, String b) {
    return ClaimEvaluation.verdictOf(a, b, nlp());
  }

  static void assertVerdict(Verdict expected, String a, String b) {
    assertThat(verdict(a, b)).as("%s | %s", a, b).isEqualTo(expected);
  }

  static void assertVerdict(Verdict expected, String a, String b, String why) {
    assertThat(verdict(a, b)).as(why).isEqualTo(expected);
  }

  /** The frame of the first claim of a sentence that is no date. */
  static ClaimFrame frame(String source, String sentence) {
    AnalyzedText t = nlp().analyze(sentence);
    List<NumericClaim> claims = ClaimExtractor.standard().extract(t);
    List<ClaimValue> values = ClaimGrouper.values(source, source, t, claims);
    ClaimValue v =
        values.stream().filter(x -> x.claim().kind() != ClaimKind.DATE).findFirst().orElseThrow();
    return ClaimFrame.of(v, claims, ClaimComparator.standard());
  }

  /** Asserts the first contrast between two sentences' frames, by name. */
  static void assertContrast(String expected, String a, String b) {
    assertThat(Contrast.between(frame("a", a), frame("b", b)))
        .as("%s | %s", a, b)
        .contains(expected);
  }

  static void assertNoContrast(String a, String b) {
    assertThat(Contrast.between(frame("a", a), frame("b", b))).as("%s | %s", a, b).isEmpty();
  }
}
