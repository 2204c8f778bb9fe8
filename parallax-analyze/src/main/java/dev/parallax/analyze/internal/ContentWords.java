package dev.parallax.analyze.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of a text: lower-cased, function words dropped, crudely stemmed so that
 * "regarding" meets "regards" and "informed" meets "informing". Not a real stemmer; only good for
 * overlap measures between short texts. Stateless and thread-safe.
 */
public final class ContentWords {
  private static final Set<String> STOP =
      Set.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "nor",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "with",
          "about",
          "from",
          "into",
          "onto",
          "over",
          "under",
          "up",
          "down",
          "out",
          "off",
          "as",
          "than",
          "then",
          "so",
          "if",
          "that",
          "this",
          "these",
          "those",
          "there",
          "here",
          "it",
          "its",
          "it's",
          "he",
          "she",
          "they",
          "them",
          "their",
          "his",
          "her",
          "him",
          "we",
          "us",
          "our",
          "you",
          "your",
          "i",
          "me",
          "my",
          "mine",
          "who",
          "whom",
          "whose",
          "which",
          "what",
          "when",
          "where",
          "why",
          "how",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "am",
          "do",
          "does",
          "did",
          "done",
          "have",
          "has",
          "had",
          "having",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "not",
          "no",
          "n't",
          "very",
          "also",
          "just",
          "only",
          "all",
          "any",
          "some",
          "such",
          "more",
          "most",
          "much",
          "many",
          "other",
          "another",
          "each",
          "every",
          "both",
          "either",
          "neither",
          "own",
          "same",
          "too",
          "again",
          "still",
          "yet",
          "even",
          "ever",
          "never",
          "now",
          "s",
          "said",
          "says",
          "say",
          "told",
          "tell",
          "according",
          "while",
          "whether",
          "because",
          "since",
          "after",
          "before",
          "during",
          "between",
          "through",
          "against",
          "among",
          "around",
          "within",
          "without",
          "upon",
          "per",
          "via",
          "regarding",
          "regards",
          "toward",
          "towards");

  private ContentWords() {}

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern EDGE_APOSTROPHES = Pattern.compile("^'+|'+$");

  /** The distinct content-word stems of a text, in order of first appearance. */
  public static Set<String> of(String text) {
    Set<String> out = new LinkedHashSet<>();
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String raw : NON_WORD.split(lower)) {
      String w = EDGE_APOSTROPHES.matcher(raw).replaceAll("");
      if (w.endsWith("'s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (w.isEmpty() || STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  /** How many words of {@code a} are in {@code b}. */
  public static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /** A crude suffix-stripping stem. */
  public static String stem(String w) {
    String s = w;
    if (s.length() > 5 && s.endsWith("ing")) {
      s = s.substring(0, s.length() - 3);
    } else if (s.length() > 4 && s.endsWith("ied")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 4 && s.endsWith("ed")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.length() > 4 && s.endsWith("ies")) {
      s = s.substring(0, s.length() - 3) + "y";
    } else if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() > 4 && s.endsWith("e")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
