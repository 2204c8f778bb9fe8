package dev.parallax.analyze.claim;

import java.util.List;
import java.util.Map;

/**
 * Numbers written as words: "three", "twenty-seven", "two hundred and fifty", "a dozen", "half a
 * million", "two and a half".
 */
final class NumberWords {
  static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));
  static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);
  static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);
  static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20));

  /** A parsed number: its value and the index just past its last word. */
  record Parsed(double value, int end) {}

  private NumberWords() {}

  /**
   * Parses a number written in words starting at {@code i}: units, teens, tens with an optional
   * hyphenated unit, "hundred", scale words, "and" between parts, a leading "a" before "hundred",
   * "thousand", "million" or "dozen", a leading "half a" before those ("half a million"), and "and
   * a half" after units or tens ("two and a half", "one and a half million"). Returns null when no
   * number starts there.
   *
   * @param words lower-cased words, with "-" as its own entry where the text had a hyphen
   */
  static Parsed parse(List<String> words, int i) {
    double total = 0;
    double current = 0;
    boolean any = false;
    boolean leadingA = false;
    String last = "";
    int k = i;
    double multiplier = 1;
    if (k + 2 < words.size()
        && words.get(k).equals("half")
        && (words.get(k + 1).equals("a") || words.get(k + 1).equals("an"))
        && isMultiple(words.get(k + 2))) {
      multiplier = 0.5; // "half a million", "half a dozen"
      k++;
    }
    if (k + 1 < words.size()
        && words.get(k).equals("a")
        && (words.get(k + 1).equals("hundred")
            || words.get(k + 1).equals("dozen")
            || SCALES.containsKey(words.get(k + 1)))) {
      leadingA = true;
      k++;
    }
    while (k < words.size()) {
      String w = words.get(k);
      Integer small = SMALL.get(w);
      Integer tens = TENS.get(w);
      if (small != null) {
        if (last.equals("small") || (last.equals("tens") && small >= 10)) {
          break;
        }
        current += small;
        last = "small";
      } else if (tens != null) {
        if (last.equals("small") || last.equals("tens")) {
          break;
        }
        current += tens;
        last = "tens";
        if (k + 2 < words.size()
            && words.get(k + 1).equals("-")
            && SMALL.containsKey(words.get(k + 2))
            && SMALL.get(words.get(k + 2)) < 10) {
          current += SMALL.get(words.get(k + 2));
          last = "small";
          k += 2;
        }
      } else if (w.equals("hundred") && (any || leadingA) && !last.equals("hundred")) {
        current = Math.max(current, 1) * 100;
        last = "hundred";
      } else if (w.equals("dozen") && (any || leadingA) && current < 100) {
        current = Math.max(current, 1) * 12;
        any = true;
        k++;
        break;
      } else if (SCALES.containsKey(w) && (any || leadingA) && !last.equals("scale")) {
        total += Math.max(current, 1) * SCALES.get(w);
        current = 0;
        last = "scale";
      } else if (w.equals("and")
          && any
          && (last.equals("small") || last.equals("tens"))
          && k + 2 < words.size()
          && words.get(k + 1).equals("a")
          && words.get(k + 2).equals("half")) {
        current += 0.5; // "two and a half", "one and a half million"
        last = "half";
        k += 2;
      } else if (w.equals("and")
          && any
          && (last.equals("hundred") || last.equals("scale"))
          && k + 1 < words.size()
          && (SMALL.containsKey(words.get(k + 1)) || TENS.containsKey(words.get(k + 1)))) {
        last = "and";
      } else {
        break;
      }
      any = true;
      k++;
    }
    if (!any) {
      return null;
    }
    return new Parsed((total + current) * multiplier, k);
  }

  private static boolean isMultiple(String w) {
    return w.equals("hundred") || w.equals("dozen") || SCALES.containsKey(w);
  }
}
