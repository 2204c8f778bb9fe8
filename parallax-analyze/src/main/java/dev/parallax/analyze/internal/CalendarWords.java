package dev.parallax.analyze.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English weekday and month names, lower-cased, for the word lists that treat calendar words as
 * time words or as never names; one copy instead of one per list.
 */
public final class CalendarWords {
  private CalendarWords() {}

  private static final List<String> WEEKDAY_NAMES =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final List<String> MONTH_NAMES =
      List.of(
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

  /** "monday" to "sunday". */
  public static final Set<String> WEEKDAYS = Set.copyOf(WEEKDAY_NAMES);

  /** "january" to "december", unabbreviated. */
  public static final Set<String> MONTHS = Set.copyOf(MONTH_NAMES);

  /** Weekday numbers by name, "monday" 1 to "sunday" 7. */
  public static final Map<String, Integer> WEEKDAY_NUMBERS = positions(WEEKDAY_NAMES);

  /** Month numbers (1–12) by name, by three-letter abbreviation ("jan", "sep") and "sept". */
  public static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

  /** Each name's place in {@code names}, counted from 1. */
  private static Map<String, Integer> positions(List<String> names) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), i + 1);
    }
    return Map.copyOf(out);
  }

  private static Map<String, Integer> monthNumbers() {
    Map<String, Integer> out = new HashMap<>(positions(MONTH_NAMES));
    for (String name : MONTH_NAMES) {
      out.put(name.substring(0, 3), out.get(name));
    }
    out.put("sept", 9);
    return Map.copyOf(out);
  }

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
