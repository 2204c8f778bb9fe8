package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteDebrisRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new QuoteDebrisRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of("is not \"likely.\" \".", "ended \u201Cnow!\u201D \u201D.\nNext");
  }

  @Override
  String debrisUnit() {
    return "not \"soon.\" \". ";
  }

  @Test
  void removesTheStrayQuoteAndStop() {
    assertThat(apply("a withdrawal is not \"likely.\" \".\n\nNext."))
        .isEqualTo(new Repaired("a withdrawal is not \"likely.\"\n\nNext.", 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"He said \"Stop.\" \"Go.\"", "\"Yes.\" \"No.\"", "a \". b", "x.\" \"y"})
  void leavesQuotedSentencesAlone(String text) {
    assertThat(apply(text)).isEqualTo(new Repaired(text, 0));
  }
}
