package dev.parallax.cluster.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article was written from its own text when its input gave none: the first full
 * calendar date (day, month and year) in its title or lead, as datelines and bylines carry it
 * ("June 11, 2012", "9 September 2013", "2012-06-11", "MARCH 4, 2009"). Dates in the body are about
 * other things too often to trust, so only the first {@link #LEAD_CHARS} characters are read.
 * Thread-safe.
 */
public final class LeadDates {
  /** Characters of title plus text searched for a date. */
  public static final int LEAD_CHARS = 400;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private LeadDates() {}

  /** The first full date in the lead of {@code title} + {@code text}, at midnight UTC, or null. */
  public static Instant find(String title, String text) {
    String lead = ((title == null ? "" : title + "\n") + text);
    if (lead.length() > LEAD_CHARS) {
      lead = lead.substring(0, LEAD_CHARS);
    }
    Instant best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = MONTH_DAY_YEAR.matcher(lead);
    if (m.find()) {
      Instant d = date(m.group(3), month(m.group(1)), m.group(2));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = DAY_MONTH_YEAR.matcher(lead);
    if (m.find() && m.start() < bestAt) {
      Instant d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ISO.matcher(lead);
    if (m.find() && m.start() < bestAt) {
      Instant d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d != null) {
        best = d;
      }
    }
    return best;
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static Instant date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))
          .atStartOfDay(ZoneOffset.UTC)
          .toInstant();
    } catch (DateTimeException e) {
      return null; // "February 30, 2012": not a date, so no evidence either way
    }
  }
}
