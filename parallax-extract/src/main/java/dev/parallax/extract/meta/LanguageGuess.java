package dev.parallax.extract.meta;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny stop-word guess of the language of a text among the main European languages: the language
 * whose commonest function words cover the largest share of the first 2,000 words, when that share
 * is at least 10%. Good enough for pages that do not declare a language; not a language identifier.
 * Stateless and thread-safe.
 */
public final class LanguageGuess {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "en",
              Set.of(
                  "the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "with", "on",
                  "as", "he", "she", "by", "this", "are", "have", "from"),
          "de",
              Set.of(
                  "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich",
                  "auf", "für", "ein", "eine", "dem", "auch", "es", "im", "wird"),
          "fr",
              Set.of(
                  "le", "la", "les", "et", "des", "est", "un", "une", "du", "que", "pour", "dans",
                  "qui", "pas", "sur", "au", "avec", "il", "elle", "sont"),
          "es",
              Set.of(
                  "el", "la", "los", "las", "y", "que", "en", "un", "una", "por", "con", "para",
                  "es", "se", "del", "al", "lo", "como", "pero", "su"),
          "it",
              Set.of(
                  "il", "di", "che", "e", "la", "per", "un", "una", "non", "sono", "del", "della",
                  "con", "gli", "le", "è", "anche", "nel", "alla", "si"),
          "pt",
              Set.of(
                  "o", "a", "os", "as", "que", "de", "do", "da", "em", "um", "uma", "para", "com",
                  "não", "se", "por", "mais", "foi", "dos", "é"),
          "nl",
              Set.of(
                  "de", "het", "een", "en", "van", "is", "dat", "op", "te", "niet", "met", "zijn",
                  "voor", "ook", "er", "maar", "om", "bij", "aan", "wordt"),
          "pl",
              Set.of(
                  "i", "w", "nie", "na", "się", "z", "że", "do", "to", "jest", "jak", "po", "ale",
                  "o", "od", "za", "są", "przez", "dla", "jego"),
          "sv",
              Set.of(
                  "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
                  "har", "inte", "om", "ett", "var", "jag", "men", "från"),
          "ru",
              Set.of(
                  "и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "она", "к", "но",
                  "из", "за", "от", "для", "о", "так", "же"));

  private LanguageGuess() {}

  /** The ISO 639-1 code of {@code text}'s likeliest language, or null when none is clear. */
  public static String guess(String text) {
    Map<String, int[]> hits = new java.util.HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(text);
    while (m.find() && words < 2000) {
      words++;
      String w = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
        }
      }
    }
    String best = null;
    int bestHits = 0;
    for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(hits).entrySet()) {
      if (e.getValue()[0] > bestHits) {
        best = e.getKey();
        bestHits = e.getValue()[0];
      }
    }
    return words >= 20 && bestHits >= 0.1 * words ? best : null;
  }
}
