package dev.parallax.analyze.quote;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs of saying and writing that attribute a quote, by word form.
 *
 * <p>Verbs of naming or judging ("call", "describe", "condemn", "accuse") and of thinking
 * ("believe", "suggest") are left out on purpose: the words they quote are usually labels (the
 * "puppet regime"), not a speaker's statement.
 */
final class SpeechVerbs {
  private static final Map<String, String> LEMMA_BY_FORM = new HashMap<>();

  /** Verbs whose first object is the listener, not the content: "told police that ...". */
  static final Set<String> TAKES_LISTENER = Set.of("tell", "warn", "assure", "remind");

  static {
    irregular("say", "says", "said", "saying");
    irregular("tell", "tells", "told", "telling");
    irregular("write", "writes", "wrote", "written", "writing");
    irregular("add", "adds", "added", "adding");
    irregular("admit", "admits", "admitted", "admitting");
    irregular("quip", "quips", "quipped", "quipping");
    irregular("deny", "denies", "denied", "denying");
    irregular("reply", "replies", "replied", "replying");
    irregular("testify", "testifies", "testified", "testifying");
    irregular("tweet", "tweets", "tweeted", "tweeting");
    irregular("post", "posts", "posted", "posting");
    for (String verb :
        new String[] {
          "announce",
          "state",
          "claim",
          "confirm",
          "report",
          "explain",
          "insist",
          "warn",
          "note",
          "allege",
          "acknowledge",
          "argue",
          "declare",
          "reveal",
          "stress",
          "emphasize",
          "emphasise",
          "assert",
          "respond",
          "retort",
          "joke",
          "recall",
          "comment",
          "conclude",
          "complain",
          "concede",
          "predict",
          "disclose",
          "caution",
          "remark",
          "answer",
          "assure",
          "remind",
          "exclaim",
          "shout",
          "whisper",
          "observe",
          "affirm",
          "reiterate",
          "underline",
          "add"
        }) {
      regular(verb);
    }
  }

  private SpeechVerbs() {}

  private static void irregular(String lemma, String... forms) {
    LEMMA_BY_FORM.put(lemma, lemma);
    for (String f : forms) {
      LEMMA_BY_FORM.put(f, lemma);
    }
  }

  private static void regular(String lemma) {
    if (LEMMA_BY_FORM.containsKey(lemma)) {
      return;
    }
    String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    String third =
        lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch")
            ? lemma + "es"
            : lemma + "s";
    irregular(lemma, third, stem + "ed", stem + "ing");
  }

  /** The lemma of a verb of saying, or null when the word is not one. */
  static String lemma(String word) {
    return LEMMA_BY_FORM.get(word.toLowerCase(Locale.ROOT));
  }
}
