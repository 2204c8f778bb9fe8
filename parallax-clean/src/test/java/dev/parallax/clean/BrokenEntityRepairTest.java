package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BrokenEntityRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new BrokenEntityRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "the \"cut in attacks,quot; in the south",
        "& # 39; Guardedly hopeful & # 39;\nMore text.",
        "envoy Sean O & # 39; Malley said",
        "the union & # 39; s proposal; they don & # 39; t agree",
        "AT&amp;T &amp;quot;deal&amp;quot; &amp;amp; more &amp;#39;",
        "&lt;b&gt; &nbsp; &rsquo; &ldquo;x&rdquo; &mdash; &hellip; &eacute; &#8217; &#x2019; &#150;",
        "he said quot;soon quot; and left",
        "& quot; spaced & quot; names");
  }

  @Override
  String debrisUnit() {
    return "Mr O & # 39; Hare said & # 39; maybe & # 39;,quot; &amp;amp; &#39; quot; ";
  }

  @Test
  void decodesACommaStandingForALostAmpersand() {
    String text =
        """
        The deal on the "cut in attacks,quot; in the south and "real gains,quot; for all.""";
    assertThat(apply(text).text())
        .isEqualTo("The deal on the \"cut in attacks\" in the south and \"real gains\" for all.");
  }

  @Test
  void gluesASpacedApostropheBetweenCapitalsIntoAName() {
    assertThat(apply("envoy Sean O & # 39; Malley, and D & # 39; Souza.").text())
        .isEqualTo("envoy Sean O'Malley, and D'Souza.");
  }

  @Test
  void gluesASpacedApostropheIntoContractions() {
    assertThat(
            apply("the union & # 39; s proposal; they don & # 39; t, we & # 39; ll, I & # 39; m")
                .text())
        .isEqualTo("the union's proposal; they don't, we'll, I'm");
  }

  @Test
  void turnsSpacedApostrophesAroundWordsIntoQuoteMarks() {
    String text =
        """
        & # 39; Guardedly hopeful & # 39;

        She called it & # 39; a fair start & # 39; and & # 39; late & # 39;.""";
    assertThat(apply(text))
        .isEqualTo(
            new Repaired("'Guardedly hopeful'\n\nShe called it 'a fair start' and 'late'.", 6));
  }

  @Test
  void acceptsEverySpacingOfANumericReference() {
    for (String ref :
        List.of("&#39;", "& #39;", "&# 39;", "& # 39;", "&#x27;", "&#X27;", "& # 39 ;")) {
      assertThat(apply("rock" + ref + "n" + ref + "roll").text()).as(ref).isEqualTo("rock'n'roll");
    }
  }

  @Test
  void decodesMultiplyEscapedReferencesFully() {
    assertThat(apply("AT&amp;T &amp;quot;x&amp;quot; &amp;amp; &amp;amp;amp; &amp;#39; &#38;lt;"))
        .isEqualTo(new Repaired("AT&T \"x\" & & ' <", 7));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "&nbsp;|\u00A0",
        "&amp;|&",
        "&lt;|<",
        "&gt;|>",
        "&quot;|\"",
        "&rsquo;|\u2019",
        "&lsquo;|\u2018",
        "&ldquo;|\u201C",
        "&rdquo;|\u201D",
        "&mdash;|\u2014",
        "&ndash;|\u2013",
        "&hellip;|\u2026",
        "&eacute;|\u00E9",
        "&Uuml;|\u00DC",
        "&euro;|\u20AC",
        "&copy;|\u00A9",
        "&#8217;|\u2019",
        "&#x201C;|\u201C",
        "&#150;|\u2013",
        "&#146;|\u2019",
        "&#128512;|\uD83D\uDE00"
      })
  void decodesNamedAndNumericReferences(String reference, String expected) {
    assertThat(apply("a" + reference + "b")).isEqualTo(new Repaired("a" + expected + "b", 1));
  }

  @Test
  void decodesApos() {
    assertThat(apply("it&apos;s")).isEqualTo(new Repaired("it's", 1));
  }

  @Test
  void removesNumericReferencesThatNameNoCharacter() {
    assertThat(apply("a&#0;b&#xD800;c&#1114112;d")).isEqualTo(new Repaired("abcd", 3));
  }

  @Test
  void decodesABareQuotOnlyOutsideWords() {
    assertThat(apply("he said quot;soon quot; and left").text())
        .isEqualTo("he said \"soon\" and left");
    assertThat(apply("aquot; 1quot;")).isEqualTo(new Repaired("aquot; 1quot;", 0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AT&T",
        "R&D",
        "Q&A",
        "R & D",
        "Tom & Jerry; Bob",
        "cats & dogs;",
        "&",
        "a & b",
        "&foo; &unknownentity;",
        "&#;",
        "&#x;",
        "& #abc;",
        "Salt & pepper;",
        "AT & T;",
        "O'Brien's",
        "1,234;",
        "list,quotes;"
      })
  void leavesLegitimateAmpersandsAndLookAlikesAlone(String text) {
    assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
  }
}
