package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.Article;
import dev.parallax.core.CleanedArticle;
import dev.parallax.core.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CleanerTest {
  private static final Cleaner CLEANER = Cleaner.standard();

  /** Debris like a scraped machine translation's, paraphrased. */
  private static final String TRANSLATED =
      """
       posted 2021-03-04 %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f901% %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f902%

      Envoys expect a pact on the "cut in attacks,quot; to be announced "very soon," a spokesman said.

      & # 39; Guardedly hopeful & # 39;

      Adviser Sean O & # 39; Malley said the union & # 39; s offer was "guardedly hopeful,quot; but a pullout was not "likely." ".
      """;

  private static final String TRANSLATED_CLEANED =
      """
      posted 2021-03-04

      Envoys expect a pact on the "cut in attacks" to be announced "very soon," a spokesman said.

      'Guardedly hopeful'

      Adviser Sean O'Malley said the union's offer was "guardedly hopeful" but a pullout was not "likely.\"""";

  @Test
  void cleansTranslationDebris() {
    CleanedText cleaned = CLEANER.cleanText(TRANSLATED);
    assertThat(cleaned.text()).isEqualTo(TRANSLATED_CLEANED);
    assertThat(cleaned.repairs())
        .isEqualTo(
            Map.of(
                "minifier-placeholder", 2,
                "broken-entity", 6,
                "quote-debris", 1,
                "whitespace", 2));
    assertNoDebris(cleaned.text());
  }

  @Test
  void dropsTrailingBoilerplateOfACleanArticle() {
    String text =
        """
        Officials said the talks would resume.
        A second line of the same paragraph.

        This story has been updated to reflect comment from a general.

        ABC’s Jane Roe and John Doe contributed to this report.""";
    CleanedText cleaned = CLEANER.cleanText(text);
    assertThat(cleaned.text())
        .isEqualTo("Officials said the talks would resume.\nA second line of the same paragraph.");
    assertThat(cleaned.repairs()).isEqualTo(Map.of("boilerplate-line", 2));
  }

  @Test
  void cleansMojibakeInvisiblesAndDecomposedText() {
    CleanedText cleaned =
        CLEANER.cleanText(
            "\uFEFFThe cafÃ©â€™s  owner\u200B said â€œyesâ€\u009d to Zu\u0308rich&nbsp;rules.\r\n");
    assertThat(cleaned.text()).isEqualTo("The café’s owner said “yes” to Zürich rules.");
    assertThat(cleaned.repairs())
        .containsOnlyKeys(
            "broken-entity", "mojibake", "invisible-char", "unicode-nfc", "whitespace");
  }

  @Test
  void cleanTextPassesThroughUnchangedAndUncounted() {
    for (String clean : TextRepairContract.CLEAN_SAMPLES) {
      CleanedText cleaned = CLEANER.cleanText(clean);
      assertThat(cleaned.text()).isEqualTo(clean);
      assertThat(cleaned.repairs()).isEmpty();
    }
  }

  @Test
  void isIdempotent() {
    for (String text :
        List.of(
            TRANSLATED, TRANSLATED_CLEANED, "  x\r\n\r\n\r\nCNN’s A contributed to this report.")) {
      String once = CLEANER.cleanText(text).text();
      CleanedText twice = CLEANER.cleanText(once);
      assertThat(twice.text()).isEqualTo(once);
      assertThat(twice.repairs()).isEmpty();
    }
  }

  @Test
  void keepsLegitimateText() {
    String text =
        "AT&T, R&D and a Q&A with Robert O'Brien in SÃO PAULO: the café’s “menu” — & more.";
    assertThat(CLEANER.cleanText(text)).isEqualTo(new CleanedText(text, Map.of()));
  }

  @Test
  void cleansAnArticleTitleToOneLineAndCountsTitleAndTextTogether() {
    Article article =
        new Article(
            "a-1",
            "example.com",
            "https://example.com/a",
            Instant.parse("2021-03-04T00:00:00Z"),
            " Envoy O & # 39; Malley:\n\"hopeful,quot; ",
            "Body&nbsp;text.\n\nJane Roe contributed reporting.",
            "en",
            Map.of("k", "v"),
            Origin.file("in.jsonl"));
    CleanedArticle cleaned = CLEANER.clean(article);
    assertThat(cleaned.article().title()).isEqualTo("Envoy O'Malley: \"hopeful\"");
    assertThat(cleaned.article().text()).isEqualTo("Body text.");
    assertThat(cleaned.repairs())
        .isEqualTo(Map.of("broken-entity", 3, "whitespace", 4, "boilerplate-line", 1));
    assertThat(cleaned.article().withText(article.title(), article.text())).isEqualTo(article);
  }

  @Test
  void leavesANullTitleNullAndMakesABlankTitleNull() {
    Article untitled =
        new Article("a-2", "s", null, null, null, "Text.", null, null, Origin.file("f"));
    assertThat(CLEANER.clean(untitled).article().title()).isNull();
    assertThat(CLEANER.clean(untitled.withText(" \u200B ", "Text.")).article().title()).isNull();
  }

  @Test
  void appliesAGivenChainInOrder() {
    Cleaner onlyWhitespace = new Cleaner(List.of(), List.of(WhitespaceRepair.paragraphs()));
    assertThat(onlyWhitespace.cleanText(" a&amp;b "))
        .isEqualTo(new CleanedText("a&amp;b", Map.of("whitespace", 2)));
    assertThat(onlyWhitespace.cleanTitle(" a ")).isEqualTo(new CleanedText(" a ", Map.of()));
  }

  @Test
  void rejectsABadRepairKind() {
    TextRepair bad =
        new TextRepair() {
          @Override
          public String kind() {
            return "Bad Kind";
          }

          @Override
          public Repaired apply(String text) {
            return Repaired.unchanged(text);
          }
        };
    assertThatThrownBy(() -> new Cleaner(List.of(), List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bad Kind");
  }

  @Test
  @Timeout(60) // a hang guard, not a speed target
  void cleansFiveMegabytesOfDebris() {
    String unit = TRANSLATED + "cafÃ©â€™s\u200B & # 39; x & # 39; AT&amp;T\r\n";
    String big = unit.repeat(5_000_000 / unit.length() + 1);
    CleanedText cleaned = CLEANER.cleanText(big);
    assertNoDebris(cleaned.text());
  }

  static void assertNoDebris(String text) {
    assertThat(text)
        .doesNotContain(
            "%MINIFYHTML",
            "quot;", "& #", "&#", "&amp;", "â€", "Ã©", "Â ", "\u200B", "\uFEFF", "\u00AD", "\r",
            "  ", "\n\n\n", "\" \".");
  }

  @Test
  void aLoneCircumflexBeforeATabIsCleanedInOnePass() {
    // Found by a randomized probe: whitespace turned the tab into a space only after the mojibake
    // stage had run, so a second cleaning still changed the text.
    Cleaner cleaner = Cleaner.standard();
    String once = cleaner.cleanText(" %\u200b&\u00C2\t ?\u2122\u00A9\n&#").text();
    assertThat(cleaner.cleanText(once).text()).isEqualTo(once);
    assertThat(once).doesNotContain("\u00C2");
  }
}
