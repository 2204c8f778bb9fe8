package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvisibleCharRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new InvisibleCharRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of(
        "\uFEFFStart",
        "infor\u00ADmation",
        "zero\u200Bwidth",
        "word\u2060joiner",
        "bidi \u202Aembedded\u202C and \u2066isolated\u2069 \u200Emark\u200F",
        "bell\u0007 nul\u0000 esc\u001B del\u007F c1\u0080\u009F",
        "a\u200Db",
        "é\u200D a");
  }

  @Override
  String debrisUnit() {
    return "wo\u200Brd\u00AD \uFEFF\u202E\u0001";
  }

  @Test
  void removesInvisibleCharacters() {
    assertThat(apply("\uFEFFinfor\u00ADma\u200Btion \u202Bis\u202C here\u0000"))
        .isEqualTo(new Repaired("information is here", 6));
  }

  @Test
  void keepsWhitespaceControlsForTheWhitespaceStage() {
    String text = "a\tb\nc\r\nd\fe\u000Bf\u0085g";
    assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
  }

  @Test
  void keepsJoinersInsideScriptsAndEmojiButNotBesideAscii() {
    String persian = "فارسی\u200Cها";
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69";
    assertThat(apply(persian).count()).isZero();
    assertThat(apply(family).count()).isZero();
    assertThat(apply("ab\u200Cc \u200Dd")).isEqualTo(new Repaired("abc d", 2));
  }
}
