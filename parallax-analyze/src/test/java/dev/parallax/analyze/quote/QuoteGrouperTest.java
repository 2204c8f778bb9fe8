package dev.parallax.analyze.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.analyze.entity.EntityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {
  private static final Speaker GHANI = Speaker.named("Ashraf Ghani", EntityType.PERSON);

  private static QuoteVariant variant(
      String source, String article, String day, Speaker speaker, String text) {
    Quote q = new Quote(text, 0, text.length(), QuoteKind.DIRECT, speaker, "said");
    Instant at = day == null ? null : Instant.parse(day + "T12:00:00Z");
    return new QuoteVariant(source, article, at, q);
  }

  @Test
  void aTranslationAndTheOriginalAreOneStatement() {
    QuoteVariant aj =
        variant(
            "Al Jazeera",
            "aj",
            "2020-02-12",
            GHANI,
            "Today I was pleased to receive a call from @SecPompeo, informing me of the remarkable"
                + " progress made in the ongoing peace talks with the Taliban. The Secretary"
                + " informed me about the Taliban's proposal regarding a significant and lasting"
                + " reduction of violence.");
    QuoteVariant cnn =
        variant(
            "CNN",
            "cnn",
            "2020-02-11",
            Speaker.named("Ghani", EntityType.PERSON),
            "The Secretary informed me about the Taliban’s proposal with regards to bringing a"
                + " significant and enduring reduction in violence,");
    List<QuoteGroup> groups = QuoteGrouper.standard().group(List.of(aj, cnn));
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.variants()).containsExactly(cnn, aj);
              assertThat(g.earliest()).isEqualTo(cnn);
              assertThat(g.speaker()).isEqualTo(GHANI);
              assertThat(g.sourceCount()).isEqualTo(2);
            });
  }

  @Test
  void differentStatementsOfOneSpeakerStayApart() {
    Speaker hyten = Speaker.named("John Hyten", EntityType.PERSON);
    QuoteVariant a =
        variant("CNN", "cnn", null, hyten, "The conditions right now are better than last year.");
    QuoteVariant b =
        variant(
            "Reuters",
            "reuters",
            null,
            hyten,
            "It was called a reduction in violence because that country is so dispersed.");
    QuoteVariant c =
        variant(
            "AP",
            "ap",
            null,
            hyten,
            "The conditions right now are better, and I hope it continues.");
    List<QuoteGroup> groups = QuoteGrouper.standard().group(List.of(a, b, c));
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).variants()).containsExactly(a, c);
    assertThat(groups.get(1).variants()).containsExactly(b);
  }

  @Test
  void quotesOfOneArticleAreNotLinkedDirectly() {
    QuoteVariant a = variant("CNN", "cnn", null, GHANI, "We welcome the proposal for peace now.");
    QuoteVariant b = variant("CNN", "cnn", null, GHANI, "We welcome the proposal for peace now.");
    assertThat(QuoteGrouper.standard().group(List.of(a, b))).hasSize(2);
  }

  @Test
  void differentSpeakersAreNotLinked() {
    QuoteVariant a = variant("CNN", "cnn", null, GHANI, "We welcome the proposal for peace now.");
    QuoteVariant b =
        variant(
            "AP",
            "ap",
            null,
            Speaker.named("Mike Pompeo", EntityType.PERSON),
            "We welcome the proposal for peace now.");
    QuoteVariant c =
        variant(
            "BBC",
            "bbc",
            null,
            Speaker.named("Doug McDermott", EntityType.PERSON),
            "Will was tremendous out there tonight.");
    QuoteVariant d =
        variant(
            "ESPN",
            "espn",
            null,
            Speaker.named("Greg McDermott", EntityType.PERSON),
            "Will was tremendous out there tonight.");
    assertThat(QuoteGrouper.standard().group(List.of(a, b, c, d))).hasSize(4);
  }

  @Test
  void rolesWithOneHeadAndUnknownSpeakersNeedMoreOverlap() {
    QuoteVariant a =
        variant(
            "AJ",
            "aj",
            null,
            Speaker.role("the Taliban official"),
            "We have made significant progress and will soon publish a statement.");
    QuoteVariant b =
        variant(
            "AP",
            "ap",
            null,
            Speaker.role("the group official"),
            "We made significant progress and will publish a statement soon.");
    QuoteVariant c =
        variant("BBC", "bbc", null, Speaker.UNKNOWN, "Significant progress was made this week.");
    List<QuoteGroup> groups = QuoteGrouper.standard().group(List.of(a, b, c));
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0).variants()).containsExactly(a, b);
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<QuoteVariant> all = new ArrayList<>();
    String[] texts = {
      "We will rebuild every school that was destroyed by the flood.",
      "Every school destroyed by the flood will be rebuilt, we promise.",
      "The budget for the coming year is not yet settled.",
      "Our budget for next year is still not settled.",
      "Nobody has the right to violence."
    };
    for (int i = 0; i < texts.length; i++) {
      all.add(variant("S" + i, "a" + i, null, GHANI, texts[i]));
    }
    long seed = 7L;
    System.out.println("QuoteGrouperTest seed " + seed);
    Random random = new Random(seed);
    List<List<String>> expected = membership(QuoteGrouper.standard().group(all));
    assertThat(expected)
        .containsExactlyInAnyOrder(List.of("a0", "a1"), List.of("a2", "a3"), List.of("a4"));
    for (int round = 0; round < 20; round++) {
      List<QuoteVariant> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      assertThat(membership(QuoteGrouper.standard().group(shuffled)))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static List<List<String>> membership(List<QuoteGroup> groups) {
    List<List<String>> out = new ArrayList<>();
    for (QuoteGroup g : groups) {
      out.add(g.variants().stream().map(QuoteVariant::articleId).sorted().toList());
    }
    return out;
  }

  @Test
  void emptyInputAndBadSettings() {
    assertThat(QuoteGrouper.standard().group(List.of())).isEmpty();
    assertThatThrownBy(() -> new QuoteGrouper(0, 3)).hasMessageContaining("minOverlap");
    assertThatThrownBy(() -> new QuoteGrouper(0.5, 0)).hasMessageContaining("minSharedWords");
  }
}
