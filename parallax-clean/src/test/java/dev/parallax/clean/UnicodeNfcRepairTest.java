package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnicodeNfcRepairTest extends TextRepairContract {
  @Override
  TextRepair repair() {
    return new UnicodeNfcRepair();
  }

  @Override
  List<String> dirtySamples() {
    return List.of("cafe\u0301", "Zu\u0308rich and A\u030Angstro\u0308m");
  }

  @Override
  String debrisUnit() {
    return "cafe\u0301 ";
  }

  @Test
  void composesDecomposedCharacters() {
    assertThat(apply("cafe\u0301 in Zu\u0308rich")).isEqualTo(new Repaired("café in Zürich", 1));
  }
}
