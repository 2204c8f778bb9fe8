package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new MojibakeRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "donâ€™t",
        "â€œquotedâ€\u009d",
        "a â€” b",
        "cafÃ©",
        "ZÃ¼rich",
        "10Â km",
        "donÃ¢â‚¬â„¢t",
        Mojibake.of("Москва"),
        Mojibake.of("東京"),
        "Å‚Ã³dÅº");
  }

  @Override
  String debrisUnit() {
    return "the cafÃ©â€™s â€œmenuâ€\u009d â€” ";
  }

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertThat(apply("They donâ€™t say â€œyesâ€\u009d â€” or â€˜noâ€™â€¦"))
        .isEqualTo(new Repaired("They don’t say “yes” — or ‘no’…", 6));
  }

  @Test
  void repairsUtf8ReadAsLatin1() {
    assertThat(apply("cafÃ© in ZÃ¼rich, Ã\u0089cole").text()).isEqualTo("café in Zürich, École");
  }

  @Test
  void repairsDoubleMojibakeAsOneRun() {
    assertThat(apply("donÃ¢â‚¬â„¢t")).isEqualTo(new Repaired("don’t", 1));
  }

  @Test
  void turnsALoneCapitalACircumflexBeforeASpaceBackIntoASpace() {
    assertThat(apply("10Â km away,Â said")).isEqualTo(new Repaired("10 km away, said", 2));
    assertThat(apply("10Â\u00A0km").text()).isEqualTo("10\u00A0km");
  }

  @Test
  void repairsOtherScripts() {
    String original = "Москва и Киев, 東京, हिन्दी, עברית and łódź";
    assertThat(Mojibake.of(original)).contains("Ð¸ Ð");
    assertThat(apply(Mojibake.of(original)).text()).isEqualTo(original);
  }

  @Test
  void repairsWhatTheJdkMisDecodes() {
    String original = "Señor Müller’s ‘naïve’ café — ½ €5 ™";
    String mojibake =
        new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertThat(apply(mojibake).text()).isEqualTo(original);
    String withRightQuote = "“naïve” " + original;
    assertThat(apply(Mojibake.of(Mojibake.of(withRightQuote))).text()).isEqualTo(withRightQuote);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SÃO PAULO",
        "SÃ O",
        "ÂNGELA",
        "café",
        "naïve",
        "É»",
        "« LIBERTÉ »",
        "Liberté\u00A0»",
        "à\u00A0«",
        "Ãs",
        "MÜ»",
        "CÂ D",
        "ôÃ"
      })
  void leavesLegitimateLatin1TextAlone(String text) {
    assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
  }
}
