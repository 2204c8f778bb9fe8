package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinifierPlaceholderRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new MinifierPlaceholderRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "date 2021-03-04 %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f901% %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f902%",
        "before %MINIFYHTMLdeadbeef00% after", "%LAZYLOADabcdef0123456789%Start of text.");
  }

  @Override
  String debrisUnit() {
    return "word %MINIFYHTML0123456789abcdef42% ";
  }

  @Test
  void removesPlaceholdersWithTheirSpacesAtTheEndOfALine() {
    String text =
        """
        dated 2021-03-04 %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f901% %MINIFYHTML0a1b2c3d4e5f60718293a4b5c6d7e8f902%

        First paragraph.""";
    assertThat(apply(text)).isEqualTo(new Repaired("dated 2021-03-04\n\nFirst paragraph.", 2));
  }

  @Test
  void keepsOneSpaceBetweenWords() {
    assertThat(apply("the %MINIFYHTMLabcdef0123% deal")).isEqualTo(new Repaired("the deal", 1));
    assertThat(apply("the\t%MINIFYHTMLabcdef0123%deal")).isEqualTo(new Repaired("the deal", 1));
  }

  @Test
  void removesOtherUpperCaseTagsOfTheSameShape() {
    assertThat(apply("%LAZYLOADabcdef0123456789% Text")).isEqualTo(new Repaired("Text", 1));
  }

  @Test
  void leavesPerCentSignsAndLookAlikesAlone() {
    for (String text :
        List.of(
            "Prices rose 5% to 10% this year.",
            "%ABC0123456789% has too short a tag",
            "%MINIFYHTMLabc% has too short a hash",
            "%MINIFYHTML0123456789ABCDEF% has upper-case hex",
            "%minifyhtml0123456789abcdef% is lower case")) {
      assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
    }
  }
}
