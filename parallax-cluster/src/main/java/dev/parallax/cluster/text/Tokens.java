package dev.parallax.cluster.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lower-case word tokens (runs of letters and digits; digits keep their inner
 * separators, so "13,000" and "8.6" stay one token) and knows the English stop words.
 */
public final class Tokens {
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "myself",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "ourselves",
          "out",
          "over",
          "own",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "themselves",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "yourself",
          "said",
          "says",
          "say",
          "told",
          "according",
          "new",
          "one",
          "two",
          "year",
          "years",
          "last",
          "first",
          "like",
          "since",
          "may",
          "many",
          "much",
          "well",
          "get",
          "got",
          "us",
          "mr",
          "mrs",
          "ms",
          "s",
          "t",
          "don",
          "re",
          "ve",
          "ll",
          "d",
          "m",
          "de",
          "la",
          "le",
          "el",
          "en",
          "y",
          "per",
          "via",
          "yet",
          "still",
          "even",
          "back",
          "around",
          "made",
          "make",
          "including",
          "however",
          "news",
          "reported",
          "report",
          "reports",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "day",
          "days",
          "time",
          "people",
          "percent");

  private Tokens() {}

  /** Lower-case word tokens of {@code text}, in order, stop words included. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    forEachWord(text, (word, capitalised) -> out.add(word));
    return out;
  }

  /** Receives each word token and whether it began with an upper-case letter in the source. */
  @FunctionalInterface
  public interface WordVisitor {
    void word(String lowerCase, boolean capitalised);
  }

  /** Visits the word tokens of {@code text} in order without building a list. */
  public static void forEachWord(String text, WordVisitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean digits = Character.isDigit(cp);
      i += Character.charCount(cp);
      while (i < n) {
        int c = text.codePointAt(i);
        if (Character.isLetterOrDigit(c)) {
          i += Character.charCount(c);
        } else if (digits
            && (c == ',' || c == '.')
            && i + 1 < n
            && Character.isDigit(text.charAt(i + 1))) {
          i += 1;
        } else {
          break;
        }
      }
      String token = text.substring(start, i);
      visitor.word(token.toLowerCase(Locale.ROOT), Character.isUpperCase(cp));
    }
  }

  public static boolean isStopWord(String lowerCaseWord) {
    return STOP_WORDS.contains(lowerCaseWord);
  }
}
