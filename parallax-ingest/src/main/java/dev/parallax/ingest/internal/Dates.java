package dev.parallax.ingest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates news inputs carry: ISO dates (midnight UTC), ISO date-times with or
 * without an offset or zone (none means UTC), {@code yyyy-MM-dd HH:mm[:ss]}, and RFC 1123.
 * Stateless and thread-safe.
 */
public final class Dates {
  /** A date, optionally a time, optionally an offset, at the start of a string. */
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "^(\\d{4}-\\d{2}-\\d{2}"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)"
              + "(?=\\s|$)");

  private Dates() {}

  /** The instant {@code value} names, or empty when it is none of the accepted forms. */
  public static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Instant instant = tryIso(s);
    if (instant == null && s.length() > 10 && s.charAt(10) == ' ') {
      instant = tryIso(s.substring(0, 10) + 'T' + s.substring(11).strip());
    }
    if (instant == null) {
      instant = tryRfc1123(s);
    }
    return Optional.ofNullable(instant);
  }

  /**
   * Splits a date that leads {@code value} from what follows it, for inputs such as {@code
   * 2020-02-12 %debris%}: the date's instant and the rest of the line, or empty when {@code value}
   * does not start with an ISO date.
   */
  public static Optional<Leading> parseLeading(String value) {
    String s = value.strip();
    Matcher m = LEADING_DATE.matcher(s);
    if (!m.find()) {
      return Optional.empty();
    }
    return parse(m.group(1)).map(instant -> new Leading(instant, s.substring(m.end()).strip()));
  }

  /** A leading date and the text after it (possibly empty). */
  public record Leading(Instant instant, String rest) {}

  private static Instant tryIso(String s) {
    try {
      TemporalAccessor t =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              s, java.time.ZonedDateTime::from, LocalDateTime::from);
      if (t instanceof java.time.ZonedDateTime z) {
        return z.toInstant();
      }
      return ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // not a date-time; try a bare date below
    }
    try {
      return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant tryRfc1123(String s) {
    try {
      return java.time.ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
