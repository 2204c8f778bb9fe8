package dev.parallax.analyze.claim;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Maps British spellings of words that name counted things onto American ones, so that "people
 * hospitalised" meets "people hospitalized" and "votes in favour" meets "votes in favor".
 *
 * <p>Covers the regular families that news text uses: "-ise" verbs ("hospitalise", "mobilise",
 * "organise" in all their forms), "-isation" nouns, "-our" nouns ("favour", "labour"), doubled "l"
 * before a suffix ("travelled", "cancelled") and "-re" nouns ("kilometre", "centre"), plus a few
 * one-offs ("defence", "programme"). Words outside those lists come back unchanged: a generic rule
 * would also rewrite words spelled the same everywhere ("raised", "four", "killed"). Stateless and
 * thread-safe.
 */
final class Spelling {
  /** Stems whose British "-is-" spelling becomes "-iz-" (hospitalise, hospitalised, ...). */
  private static final String[] ISE_STEMS = {
    "hospital", "mobil", "organ", "critic", "recogn", "author", "legal", "privat", "national",
    "penal", "apolog", "stabil", "minim", "maxim", "priorit", "modern", "util", "summar",
    "categor", "emphas", "final", "normal", "subsid", "symbol", "real", "special", "central",
    "civil", "capital", "vandal", "terror", "neutral", "immun", "computer", "digit", "militar",
    "radical", "polar", "evangel", "econom", "sanit", "optim", "standard", "harmon", "jeopard"
  };

  /** Endings of the "-ise" family and their American forms. */
  private static final String[][] ISE_ENDINGS = {
    {"isations", "izations"},
    {"isation", "ization"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"ising", "izing"},
    {"iser", "izer"},
    {"isers", "izers"},
    {"ise", "ize"}
  };

  /** "-our" words (and their plurals and verb forms) that are "-or" in American spelling. */
  private static final String[] OUR_STEMS = {
    "favo", "labo", "colo", "hono", "harbo", "neighbo", "behavio", "armo", "rumo", "vapo", "flavo",
    "humo", "tumo", "endeavo", "savo", "valo", "vigo", "odo", "parlo"
  };

  /** Verbs that double a final "l" before "-ed", "-ing", "-er" in British spelling. */
  private static final String[] DOUBLE_L_STEMS = {
    "travel", "cancel", "label", "model", "fuel", "signal", "total", "level", "channel",
    "counsel", "marshal", "dial", "equal", "quarrel", "shovel", "tunnel", "rival", "libel",
    "initial", "pedal"
  };

  /** "-re" nouns that are "-er" in American spelling. */
  private static final String[] RE_STEMS = {
    "metr", "kilometr", "centimetr", "millimetr", "litr", "centr", "theatr", "fibr", "calibr"
  };

  private static final Map<String, String> ONE_OFFS =
      Map.ofEntries(
          Map.entry("defence", "defense"),
          Map.entry("defences", "defenses"),
          Map.entry("offence", "offense"),
          Map.entry("offences", "offenses"),
          Map.entry("licence", "license"),
          Map.entry("licences", "licenses"),
          Map.entry("programme", "program"),
          Map.entry("programmes", "programs"),
          Map.entry("grey", "gray"),
          Map.entry("enrol", "enroll"),
          Map.entry("enrolment", "enrollment"),
          Map.entry("fulfil", "fulfill"),
          Map.entry("tyre", "tire"),
          Map.entry("tyres", "tires"),
          Map.entry("kerb", "curb"),
          Map.entry("aeroplane", "airplane"),
          Map.entry("aeroplanes", "airplanes"),
          Map.entry("paediatric", "pediatric"),
          Map.entry("anaesthetic", "anesthetic"),
          Map.entry("manoeuvre", "maneuver"),
          Map.entry("manoeuvres", "maneuvers"));

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Suffixes that may follow a British "-our" stem ("favours", "labourer"). */
  private static final Pattern OUR_SUFFIX = Pattern.compile("s|ed|ing|able|ite|ites|er|ers");

  /** Suffixes that may follow a doubled "l" ("travelled", "cancelling"). */
  private static final Pattern DOUBLE_L_SUFFIX = Pattern.compile("ed|ing|er|ers");

  private Spelling() {}

  /** A text with each word in American spelling, lower-cased; other characters are kept. */
  static String americanText(String text) {
    Objects.requireNonNull(text, "text");
    return WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(m -> american(m.group()));
  }

  /** The American spelling of a lower-case word, or the word itself when none is known. */
  static String american(String lowerWord) {
    Objects.requireNonNull(lowerWord, "lowerWord");
    String one = ONE_OFFS.get(lowerWord);
    if (one != null) {
      return one;
    }
    for (String stem : ISE_STEMS) {
      if (lowerWord.startsWith(stem)) {
        String rest = lowerWord.substring(stem.length());
        for (String[] ending : ISE_ENDINGS) {
          if (rest.equals(ending[0])) {
            return stem + ending[1];
          }
        }
      }
    }
    for (String stem : OUR_STEMS) {
      if (lowerWord.startsWith(stem) && lowerWord.startsWith("ur", stem.length())) {
        String rest = lowerWord.substring(stem.length() + 2);
        if (rest.isEmpty() || OUR_SUFFIX.matcher(rest).matches()) {
          return stem + "r" + rest;
        }
      }
    }
    for (String stem : DOUBLE_L_STEMS) {
      if (lowerWord.startsWith(stem) && lowerWord.startsWith("l", stem.length())) {
        String rest = lowerWord.substring(stem.length() + 1);
        if (DOUBLE_L_SUFFIX.matcher(rest).matches()) {
          return stem + rest;
        }
      }
    }
    for (String stem : RE_STEMS) {
      int n = stem.length();
      if (lowerWord.startsWith(stem)
          && ((lowerWord.length() == n + 1 && lowerWord.charAt(n) == 'e')
              || (lowerWord.length() == n + 2 && lowerWord.startsWith("es", n)))) {
        return stem.substring(0, stem.length() - 1) + "er" + lowerWord.substring(stem.length() + 1);
      }
    }
    return lowerWord;
  }
}
