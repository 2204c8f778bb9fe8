package dev.parallax.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesValues() {
    Object v = Json.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": \"x\\u00e9\\n\\\"\"} ");
    assertThat(v)
        .isEqualTo(Map.of("a", Arrays.asList(1.0, -25.0, true, false, null), "b", "xé\n\""));
    assertThat(Json.parse("[]")).isEqualTo(List.of());
  }

  @Test
  void rejectsWhatIsNotJson() {
    assertThatThrownBy(() -> Json.parse("{\"a\": }"))
        .isInstanceOf(Json.MalformedJsonException.class)
        .hasMessageContaining("offset 6");
    assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("trailing");
    assertThatThrownBy(() -> Json.parse("\"open")).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> Json.parse("[".repeat(1000))).hasMessageContaining("deeply");
  }
}
