package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WhitespaceRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return WhitespaceRepair.paragraphs();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "  lead",
        "trail \n",
        "a  b",
        "a\tb",
        "a\u00A0b",
        "a\u2009b\u3000c",
        "a\r\nb",
        "a\rb",
        "a\n\n\n\nb",
        "a \n \n b",
        "a\u2029b",
        "a\u2028b",
        "a\u0085b");
  }

  @Override
  String debrisUnit() {
    return "word \u00A0\t\r\n\r\n\r\n  ";
  }

  @Test
  void normalizesSpacesLinesAndParagraphs() {
    String text = "  Title\u00A0 line  \r\nsecond\tline \r\n \r\n\r\n\n  Next\u2009para.  \n\n";
    assertThat(apply(text)).isEqualTo(new Repaired("Title line\nsecond line\n\nNext para.", 7));
  }

  @Test
  void keepsOneBlankLineBetweenParagraphs() {
    String text =
        """
        One.

        Two.
        Still two.""";
    assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
  }

  @Nested
  class SingleLine extends TextRepairContract {
    @Override
    TextRepair repair() {
      return WhitespaceRepair.singleLine();
    }

    @Override
    List<String> dirtySamples() {
      return List.of(" Title ", "Two\nlines", "Two\r\n\r\nparagraphs", "a\u00A0b");
    }

    @Override
    String debrisUnit() {
      return "word\n\t ";
    }

    @Override
    List<String> cleanSamples() {
      return List.of("A title: \"quoted\" & more", "Москва и Киев", "O'Brien says 'no'");
    }

    @Test
    void collapsesLinesToOne() {
      assertThat(apply(" Two\n\nlines\tand\r\nmore "))
          .isEqualTo(new Repaired("Two lines and more", 5));
    }
  }
}
