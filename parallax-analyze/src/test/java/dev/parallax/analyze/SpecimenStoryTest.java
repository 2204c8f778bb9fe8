package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.analyze.claim.ClaimExtractor;
import dev.parallax.analyze.claim.ClaimGroup;
import dev.parallax.analyze.claim.ClaimGrouper;
import dev.parallax.analyze.claim.ClaimValue;
import dev.parallax.analyze.claim.Verdict;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.quote.CapitalizedRunRecognizer;
import dev.parallax.analyze.quote.Quote;
import dev.parallax.analyze.quote.QuoteExtractor;
import dev.parallax.analyze.quote.QuoteGroup;
import dev.parallax.analyze.quote.QuoteGrouper;
import dev.parallax.analyze.quote.QuoteKind;
import dev.parallax.analyze.quote.QuoteVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two specimen articles of one story (Al Jazeera, machine-translated and scraped; CNN), read
 * from the shared data folder, never copied into the repository; skipped when absent.
 */
class SpecimenStoryTest {
  private static final Path DIR = SharedData.path("parallax.specimens", "specimens");
  private static AnalyzedText aljazeera;
  private static AnalyzedText cnn;

  @BeforeAll
  static void read() throws IOException {
    Path aj = DIR.resolve("rov-aljazeera-translated.txt");
    Path c = DIR.resolve("rov-cnn.txt");
    if (!Files.isReadable(aj) || !Files.isReadable(c)) {
      return;
    }
    EnglishNlp nlp = EnglishNlp.load();
    aljazeera = nlp.analyze(clean(Files.readString(aj, StandardCharsets.UTF_8)));
    cnn = nlp.analyze(Files.readString(c, StandardCharsets.UTF_8));
  }

  /** The scrape debris the project's cleaner removes, removed here by hand. */
  private static String clean(String raw) {
    return raw.replace(",quot;", "\"")
        .replaceAll("(?<=\\p{L}) & # 39; (?=\\p{L})", "'")
        .replace("& # 39; ", "'")
        .replace(" & # 39;", "'");
  }

  @Test
  void troopCountsAreCompatibleAndTheTargetStandsAlone() {
    assumeTrue(aljazeera != null, "specimens not found in " + DIR);
    List<ClaimValue> values = new ArrayList<>();
    ClaimExtractor extractor = ClaimExtractor.standard();
    values.addAll(ClaimGrouper.values("Al Jazeera", "aj", aljazeera, extractor.extract(aljazeera)));
    values.addAll(ClaimGrouper.values("CNN", "cnn", cnn, extractor.extract(cnn)));
    List<ClaimGroup> groups = ClaimGrouper.standard().group(values);

    ClaimGroup troops =
        groups.stream()
            .filter(g -> g.values().stream().anyMatch(v -> v.claim().text().equals("12-13,000")))
            .findFirst()
            .orElseThrow();
    assertThat(troops.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(troops.values())
        .extracting(v -> v.source() + ": " + v.claim().text())
        .containsExactly("Al Jazeera: about 13,000", "CNN: 12-13,000");

    ClaimGroup target =
        groups.stream()
            .filter(g -> g.values().stream().anyMatch(v -> v.claim().text().equals("8,600")))
            .findFirst()
            .orElseThrow();
    assertThat(target.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(target.values()).hasSize(1);
    assertThat(target.counted()).isEqualTo("troop (target)");
    assertThat(groups).noneMatch(g -> g.verdict() == Verdict.CONFLICT);
  }

  @Test
  void theGhaniTweetIsOneStatementInTwoWordings() {
    assumeTrue(aljazeera != null, "specimens not found in " + DIR);
    CapitalizedRunRecognizer recognizer = new CapitalizedRunRecognizer();
    QuoteExtractor extractor = QuoteExtractor.standard();
    List<QuoteVariant> variants = new ArrayList<>();
    for (Quote q : extractor.extract(aljazeera, recognizer.apply(aljazeera))) {
      variants.add(new QuoteVariant("Al Jazeera", "aj", Instant.parse("2020-02-12T08:00:00Z"), q));
    }
    for (Quote q : extractor.extract(cnn, recognizer.apply(cnn))) {
      variants.add(new QuoteVariant("CNN", "cnn", Instant.parse("2020-02-11T20:00:00Z"), q));
    }
    Quote tweet =
        variants.stream()
            .map(QuoteVariant::quote)
            .filter(q -> q.text().startsWith("Today I was pleased"))
            .findFirst()
            .orElseThrow();
    assertThat(tweet.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(tweet.speaker().name()).isEqualTo("Ashraf Ghani");
    assertThat(tweet.text()).endsWith("a significant and lasting reduction of violence.");

    QuoteGroup group =
        QuoteGrouper.standard().group(variants).stream()
            .filter(g -> g.variants().stream().anyMatch(v -> v.quote() == tweet))
            .findFirst()
            .orElseThrow();
    assertThat(group.variants()).hasSize(2);
    assertThat(group.variants()).extracting(v -> v.source()).containsExactly("CNN", "Al Jazeera");
    assertThat(group.variants().get(0).quote().text())
        .startsWith("The Secretary informed me about the Taliban’s proposal with regards to");
    assertThat(group.speaker().name()).endsWith("Ashraf Ghani");
    assertThat(group.earliest().source()).isEqualTo("CNN");
  }

  @Test
  void quotesAndSpeakersOfTheSpecimens() {
    assumeTrue(aljazeera != null, "specimens not found in " + DIR);
    CapitalizedRunRecognizer recognizer = new CapitalizedRunRecognizer();
    List<Quote> aj = QuoteExtractor.standard().extract(aljazeera, recognizer.apply(aljazeera));
    assertThat(aj)
        .filteredOn(q -> q.kind() == QuoteKind.DIRECT)
        .extracting(q -> q.text() + " | " + q.speaker().name())
        .contains(
            "very soon, | the group official",
            "We have made significant progress and will soon publish a statement on the agreement"
                + " on reducing violence in Afghanistan, | the Taliban official",
            "cautiously optimistic | Robert O'Brien")
        .noneMatch(s -> s.startsWith("puppet regime"));
    List<Quote> c = QuoteExtractor.standard().extract(cnn, recognizer.apply(cnn));
    assertThat(c)
        .filteredOn(q -> q.text().startsWith("That’s why it wasn’t called a ceasefire"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("John Hyten"));
    assertThat(c)
        .filteredOn(q -> q.text().startsWith("US talks with the Taliban"))
        .singleElement()
        .satisfies(
            q -> assertThat(q.speaker().name()).isEqualTo("A State Department spokesperson"));
  }
}
