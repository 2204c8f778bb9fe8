package dev.parallax.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that news inputs and pages carry; one reading for every reader and
 * for the page extractor. Stateless and thread-safe; {@code null} or blank input reads as no date.
 *
 * <p>The accepted forms:
 *
 * <ul>
 *   <li>ISO-like dates {@code yyyy-MM-dd}, {@code yyyy/MM/dd} or {@code yyyy.MM.dd} (one separator
 *       throughout; month and day may have one digit), optionally followed, after {@code T} or
 *       spaces, by {@code HH:mm}, optional {@code :ss} and an optional fraction ({@code .} or
 *       {@code ,}, up to 9 digits), then optionally a zone: {@code Z}, {@code +01}, {@code +0100},
 *       {@code +01:00}, {@code +01:00:30}, {@code UTC} or {@code GMT}, and after an offset a
 *       bracketed zone id such as {@code [Europe/Paris]} (the offset wins);
 *   <li>compact {@code yyyyMMdd};
 *   <li>RFC 1123, {@code Wed, 12 Feb 2020 10:00:00 +0100}.
 * </ul>
 *
 * A value without a zone is read as UTC, a bare date as midnight UTC. Years outside 1900–2200 are
 * not publication dates and are rejected, as are impossible days and times ({@code 2020-02-31}).
 *
 * <p>{@link #parse} wants the whole value to be a date, so {@code 2020-01-01 garbage} is no date;
 * {@link #parseLeading} reads a date that leads a value and hands back what follows it.
 */
public final class PublicationDates {
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  /** Groups: year, separator, month, day, hour, minute, second, fraction, zone, zone id. */
  private static final String ISO_LIKE =
      "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"
          + "(?:(?:\\s*[Tt]\\s*|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{0,9}))?)?"
          + "(?:\\s*([Zz]|UTC|GMT|[+-]\\d{2}(?::?\\d{2}(?::?\\d{2})?)?)(?:\\[([^\\]\\s]+)])?)?)?";

  private static final Pattern WHOLE = Pattern.compile(ISO_LIKE);

  /** The date must end the value or be followed by whitespace: {@code 2020-02-12abc} is no date. */
  private static final Pattern LEADING = Pattern.compile(ISO_LIKE + "(?=\\s|$)");

  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private PublicationDates() {}

  /**
   * The instant {@code value} names when the whole of it (less surrounding whitespace) is one of
   * the accepted forms, else empty.
   */
  public static Optional<Instant> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    Matcher iso = WHOLE.matcher(s);
    if (iso.matches()) {
      return Optional.ofNullable(instant(iso));
    }
    Matcher compact = COMPACT.matcher(s);
    if (compact.matches()) {
      return Optional.ofNullable(
          at(
              number(compact, 1),
              number(compact, 2),
              number(compact, 3),
              LocalTime.MIDNIGHT,
              ZoneOffset.UTC));
    }
    return rfc1123(s);
  }

  /**
   * The ISO-like date (with its time and zone, if any) that leads {@code value}, and the rest of
   * the value after it, for inputs such as {@code 2020-02-12 %debris%}; empty when {@code value}
   * does not start with such a date followed by whitespace or its end. RFC 1123 and compact dates
   * are only read whole, by {@link #parse}.
   */
  public static Optional<Leading> parseLeading(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    Matcher m = LEADING.matcher(s);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    return Optional.ofNullable(instant(m))
        .map(instant -> new Leading(instant, s.substring(m.end()).strip()));
  }

  /** A leading date's instant and the text after it (stripped, possibly empty). */
  public record Leading(Instant instant, String rest) {}

  private static Instant instant(Matcher m) {
    LocalTime time;
    try {
      time =
          m.group(5) == null
              ? LocalTime.MIDNIGHT
              : LocalTime.of(
                  number(m, 5),
                  number(m, 6),
                  m.group(7) == null ? 0 : number(m, 7),
                  nanos(m.group(8)));
    } catch (DateTimeException e) {
      return null;
    }
    ZoneOffset offset = offset(m.group(9));
    if (offset == null || (m.group(10) != null && !isZoneId(m.group(10)))) {
      return null;
    }
    return at(number(m, 1), number(m, 3), number(m, 4), time, offset);
  }

  /** The offset a zone group names, UTC for none, or null when it is out of range (+19:00). */
  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    // ZoneOffset.of takes ±hh, ±hhmm, ±hh:mm, ±hhmmss and ±hh:mm:ss, but not mixed ±hh:mmss.
    String digits = zone.substring(1).replace(":", "");
    StringBuilder normal = new StringBuilder().append(zone.charAt(0));
    for (int i = 0; i < digits.length(); i += 2) {
      normal.append(i == 0 ? "" : ":").append(digits, i, i + 2);
    }
    try {
      return ZoneOffset.of(normal.toString());
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isZoneId(String id) {
    try {
      ZoneId.of(id);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int nanos(String fraction) {
    if (fraction == null || fraction.isEmpty()) {
      return 0;
    }
    return Integer.parseInt((fraction + "00000000").substring(0, 9));
  }

  private static Instant at(int year, int month, int day, LocalTime time, ZoneOffset offset) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    try {
      return LocalDateTime.of(LocalDate.of(year, month, day), time).toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Optional<Instant> rfc1123(String s) {
    ZonedDateTime z;
    try {
      z = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return z.getYear() < MIN_YEAR || z.getYear() > MAX_YEAR
        ? Optional.empty()
        : Optional.of(z.toInstant());
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
