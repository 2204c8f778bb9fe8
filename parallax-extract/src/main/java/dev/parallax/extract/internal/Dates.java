package dev.parallax.extract.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the publication dates pages carry: ISO 8601 dates and date-times (with {@code T} or a
 * space, optional seconds and fraction, offsets {@code Z}, {@code +01:00} or {@code +0100}, or a
 * {@code UTC}/{@code GMT} suffix), {@code yyyy/MM/dd}, {@code yyyyMMdd}, and RFC 1123. A value
 * without a zone is read as UTC; a bare date is midnight UTC. Stateless and thread-safe.
 */
public final class Dates {
  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
              + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private Dates() {}

  /** The instant {@code value} names, or empty when it is none of the accepted forms. */
  public static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 100) {
      return Optional.empty();
    }
    Matcher m = ISO_LIKE.matcher(s);
    if (m.lookingAt()) {
      return Optional.ofNullable(fromIsoMatch(m));
    }
    Matcher c = COMPACT.matcher(s);
    if (c.matches()) {
      return Optional.ofNullable(
          at(
              Integer.parseInt(c.group(1)),
              Integer.parseInt(c.group(2)),
              Integer.parseInt(c.group(3)),
              0,
              0,
              0,
              ZoneOffset.UTC));
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Instant fromIsoMatch(Matcher m) {
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    ZoneOffset offset = ZoneOffset.UTC;
    String zone = m.group(7);
    if (zone != null && !zone.equals("Z") && !zone.equals("UTC") && !zone.equals("GMT")) {
      String z =
          zone.length() == 5 && zone.indexOf(':') < 0
              ? zone.substring(0, 3) + ":" + zone.substring(3)
              : zone;
      try {
        offset = ZoneOffset.of(z);
      } catch (DateTimeException e) {
        return null;
      }
    }
    return at(year, month, day, hour, minute, second, offset);
  }

  private static Instant at(
      int year, int month, int day, int hour, int minute, int second, ZoneOffset offset) {
    if (year < 1900 || year > 2200) {
      return null;
    }
    try {
      return LocalDateTime.of(
              LocalDate.of(year, month, day), java.time.LocalTime.of(hour, minute, second))
          .toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
