package dev.parallax.analyze.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The English weekday and month names, lower-cased, for the word lists that treat calendar words as
 * time words or as never names; one copy instead of one per list.
 */
public final class CalendarWords {
  private CalendarWords() {}

  /** "monday" to "sunday". */
  public static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** "january" to "december", unabbreviated. */
  public static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Whether {@code lower} (lower-cased) is a month name. */
  public static boolean isMonth(String lower) {
    return MONTHS.contains(lower);
  }

  /** The words of all {@code parts} as one unmodifiable set; a word may stand in several. */
  @SafeVarargs
  public static Set<String> union(Set<String>... parts) {
    Set<String> all = new HashSet<>();
    for (Set<String> part : List.of(parts)) {
      all.addAll(part);
    }
    return Set.copyOf(all);
  }
}
