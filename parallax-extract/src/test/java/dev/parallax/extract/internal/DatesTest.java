package dev.parallax.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
  @Test
  void parsesTheFormsPagesUse() {
    assertThat(Dates.parse("2019-11-19T08:00:00.000Z"))
        .contains(Instant.parse("2019-11-19T08:00:00Z"));
    assertThat(Dates.parse("2019-11-19T08:00:00-0500"))
        .contains(Instant.parse("2019-11-19T13:00:00Z"));
    assertThat(Dates.parse("2019-11-19 08:00")).contains(Instant.parse("2019-11-19T08:00:00Z"));
    assertThat(Dates.parse("2019/11/19")).contains(Instant.parse("2019-11-19T00:00:00Z"));
    assertThat(Dates.parse("20191119")).contains(Instant.parse("2019-11-19T00:00:00Z"));
    assertThat(Dates.parse("Tue, 19 Nov 2019 08:00:00 GMT"))
        .contains(Instant.parse("2019-11-19T08:00:00Z"));
  }

  @Test
  void rejectsNonDates() {
    assertThat(Dates.parse("yesterday")).isEmpty();
    assertThat(Dates.parse("2019-13-45")).isEmpty();
    assertThat(Dates.parse("")).isEmpty();
    assertThat(Dates.parse(null)).isEmpty();
  }
}
