package dev.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2020-02-12                              | 2020-02-12T00:00:00Z
          '  2020-02-12  '                        | 2020-02-12T00:00:00Z
          2020-02-12T10:15                        | 2020-02-12T10:15:00Z
          2020-02-12t10:15                        | 2020-02-12T10:15:00Z
          2020-02-12T10:15:30                     | 2020-02-12T10:15:30Z
          2020-02-12T10:15:30.                    | 2020-02-12T10:15:30Z
          2020-02-12T10:15:30.5Z                  | 2020-02-12T10:15:30.500Z
          2020-02-12T10:15:30,5Z                  | 2020-02-12T10:15:30.500Z
          2020-02-12T10:15:30.123456789Z          | 2020-02-12T10:15:30.123456789Z
          2019-11-19T08:00:00.000Z                | 2019-11-19T08:00:00Z
          2020-02-12T10:15z                       | 2020-02-12T10:15:00Z
          2020-02-12T10:15:30-05:00               | 2020-02-12T15:15:30Z
          2019-11-19T08:00:00-0500                | 2019-11-19T13:00:00Z
          2020-02-12T10:15+01                     | 2020-02-12T09:15:00Z
          2020-02-12T10:15+01:00:30               | 2020-02-12T09:14:30Z
          2020-02-12T10:15:30+01:00[Europe/Paris] | 2020-02-12T09:15:30Z
          2020-07-01T10:00+01:00[Europe/Paris]    | 2020-07-01T09:00:00Z
          2020-02-12T10:15Z[UTC]                  | 2020-02-12T10:15:00Z
          2020-02-12 10:15 UTC                    | 2020-02-12T10:15:00Z
          2020-02-12 10:15 GMT                    | 2020-02-12T10:15:00Z
          2020-02-12 10:15 +0100                  | 2020-02-12T09:15:00Z
          2020-02-12 10:15                        | 2020-02-12T10:15:00Z
          2020-02-12   10:15                      | 2020-02-12T10:15:00Z
          2020-02-12 10:15:30                     | 2020-02-12T10:15:30Z
          2020-02-12 10:15:30+01:00               | 2020-02-12T09:15:30Z
          2019-11-19T 08:00                       | 2019-11-19T08:00:00Z
          2019-11-19 8:00                         | 2019-11-19T08:00:00Z
          2019/11/19                              | 2019-11-19T00:00:00Z
          2019.11.19 08:00                        | 2019-11-19T08:00:00Z
          2019-1-5                                | 2019-01-05T00:00:00Z
          20191119                                | 2019-11-19T00:00:00Z
          1900-01-01                              | 1900-01-01T00:00:00Z
          2200-12-31                              | 2200-12-31T00:00:00Z
          'Wed, 12 Feb 2020 10:00:00 +0100'       | 2020-02-12T09:00:00Z
          'Tue, 19 Nov 2019 08:00:00 GMT'         | 2019-11-19T08:00:00Z
          """)
  void readsEveryAcceptedForm(String value, String expected) {
    Instant instant = Instant.parse(expected);

    assertThat(PublicationDates.parse(value)).contains(instant);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                                       | empty
          '   '                                    | blank
          yesterday                                | no date
          12/02/2020                               | day first
          2019-13-45                               | no such month
          2020-02-31                               | no such day
          2020-02-12T24:00                         | no such hour
          2020-02-12T10:60                         | no such minute
          2020-02-12T10:15+19:00                   | offset out of range
          2020-02-12T10:15Z[Nowhere/Bogus]         | unknown zone id
          2020-02-12T10:15[Europe/Paris]           | zone id without offset
          2019/11-19                               | mixed separators
          2020-01-01 garbage                       | trailing text
          2020-02-12T10:15:30Zjunk                 | trailing text after zone
          2020-02-1234                             | digits run on
          1899-12-31                               | year before 1900
          2201-01-01                               | year after 2200
          18991231                                 | compact year before 1900
          20191332                                 | compact impossible date
          'Mon, 01 Jan 1800 00:00:00 GMT'          | RFC 1123 year before 1900
          'Tue, 12 Feb 2020 10:00:00 +0100'        | RFC 1123 wrong weekday
          """)
  void rejectsEverythingElse(String value, String why) {
    assertThat(PublicationDates.parse(value)).as(why).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2020-02-12 %MINIFYHTML1% %MINIFYHTML2% | 2020-02-12T00:00:00Z | %MINIFYHTML1% %MINIFYHTML2%
          2020-02-12 10:00 rest                  | 2020-02-12T10:00:00Z | rest
          2020-02-12 10:00abc                    | 2020-02-12T00:00:00Z | 10:00abc
          2020-01-01 garbage                     | 2020-01-01T00:00:00Z | garbage
          2020-02-12T10:15:30+0100 (updated)     | 2020-02-12T09:15:30Z | (updated)
          2020-02-12 10:15 UTC today             | 2020-02-12T10:15:00Z | today
          '  2020-02-12  '                       | 2020-02-12T00:00:00Z | ''
          2019/11/19 by the desk                 | 2019-11-19T00:00:00Z | by the desk
          """)
  void splitsALeadingDateFromTheRest(String value, String expected, String rest) {
    assertThat(PublicationDates.parseLeading(value))
        .contains(new PublicationDates.Leading(Instant.parse(expected), rest));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          of the meeting                  | no date
          2020-02-12abc                   | date runs into a word
          2020-02-12,                     | date runs into punctuation
          2020-02-31 rest                 | no such day
          1899-12-31 rest                 | year before 1900
          20191119 rest                   | compact dates are read only whole
          'Tue, 19 Nov 2019 08:00:00 GMT' | RFC 1123 is read only whole
          """)
  void findsNoLeadingDateIn(String value, String why) {
    assertThat(PublicationDates.parseLeading(value)).as(why).isEmpty();
  }

  @Test
  void noValueIsNoDate() {
    assertThat(PublicationDates.parse(null)).isEmpty();
    assertThat(PublicationDates.parseLeading(null)).isEmpty();
  }

  @Test
  void aWholeDateLeadsWithNothingAfterIt() {
    assertThat(PublicationDates.parseLeading("2020-02-12T10:15:30+01:00[Europe/Paris]"))
        .contains(new PublicationDates.Leading(Instant.parse("2020-02-12T09:15:30Z"), ""));
  }
}
