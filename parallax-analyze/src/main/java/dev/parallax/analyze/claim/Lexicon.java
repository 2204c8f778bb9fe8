package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.ContentWords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synonym classes of news wording, read once from {@code lexicon.tsv}: "paid", "cost" and "price"
 * are one class, "passengers" and "travellers" another, and event classes ("cancelled", "scrapped")
 * say what befell a counted thing.
 *
 * <p>A word is looked up as written, in American spelling ({@link Spelling}), and as its crude stem
 * ({@link ContentWords#stem}), so the file lists base forms and irregular ones only. The tables are
 * built when the class loads; lookups are map reads. Immutable and thread-safe.
 */
final class Lexicon {
  private static final Map<String, String> WORD_CLASS;
  private static final Map<String, String> EVENT_CLASS;
  private static final Set<String> SPAN_CLASSES;
  private static final Set<String> ACT_CLASSES;
  private static final Set<String> CLASS_NAMES;
  private static final Set<String> KINDS = Set.of("word", "act", "event", "span");

  static {
    Map<String, String> words = new HashMap<>();
    Map<String, String> events = new HashMap<>();
    Set<String> spans = new HashSet<>();
    Set<String> acts = new HashSet<>();
    Set<String> names = new HashSet<>();
    InputStream in = Lexicon.class.getResourceAsStream("lexicon.tsv");
    if (in == null) {
      throw new IllegalStateException("lexicon.tsv is not on the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !KINDS.contains(f[1])) {
          throw new IllegalStateException(
              "lexicon.tsv line " + n + ": expected class, kind, words");
        }
        names.add(f[0]);
        if (f[1].equals("span")) {
          spans.add(f[0]);
        } else if (f[1].equals("act")) {
          acts.add(f[0]);
        }
        for (String form : f[2].trim().split(" +")) {
          String w = form.toLowerCase(Locale.ROOT);
          index(words, w, f[0]);
          if (f[1].equals("event")) {
            events.putIfAbsent(w, f[0]);
            events.putIfAbsent(Spelling.american(w), f[0]);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WORD_CLASS = Map.copyOf(words);
    EVENT_CLASS = Map.copyOf(events);
    SPAN_CLASSES = Set.copyOf(spans);
    ACT_CLASSES = Set.copyOf(acts);
    CLASS_NAMES = Set.copyOf(names);
  }

  private Lexicon() {}

  private static void index(Map<String, String> map, String w, String name) {
    String american = Spelling.american(w);
    map.putIfAbsent(w, name);
    map.putIfAbsent(american, name);
    map.putIfAbsent(ContentWords.stem(american), name);
  }

  /**
   * The class of a lower-case word, a content-word stem or a singular noun ("flew" and "travelled"
   * give "travel"), or null when the word is in no class.
   */
  static String wordClass(String lowerWord) {
    String c = WORD_CLASS.get(lowerWord);
    if (c != null) {
      return c;
    }
    String american = Spelling.american(lowerWord);
    c = WORD_CLASS.get(american);
    if (c != null) {
      return c;
    }
    return WORD_CLASS.get(ContentWords.stem(american));
  }

  /** The class of a word or its class, else the word itself. */
  static String canonical(String lowerWord) {
    String c = wordClass(lowerWord);
    return c == null ? lowerWord : c;
  }

  /**
   * Whether a class name (a value of {@link #canonical}) is a span class: verbs that bound a
   * duration without saying what lasted ("lasted", "ran for", "took", "ended after", "collapsed
   * after").
   */
  static boolean isSpan(String className) {
    return SPAN_CLASSES.contains(className);
  }

  /**
   * Whether a class name is an act class: acts, not things ("say", "travel", "buy"). A counted noun
   * in one ("drawings" in "attract") is no known thing, and a verb of one before a number names
   * none ("said", "flew").
   */
  static boolean isAct(String className) {
    return ACT_CLASSES.contains(className);
  }

  /** Whether a word is the name of a class of the file ("home", "revenue", "cancelled"). */
  static boolean isClassName(String word) {
    return CLASS_NAMES.contains(word);
  }

  private static final Pattern GO_UP =
      Pattern.compile("\\b(?:go|goes|going|gone|went|come|comes|coming|came) up\\b");
  private static final Pattern GO_DOWN =
      Pattern.compile("\\b(?:go|goes|going|gone|went|come|comes|coming|came) down\\b");

  private static final Pattern INFECTED =
      Pattern.compile(
          "(?i)\\b(?:(?:caught|contracted) (?:the |a )?(?:virus|disease|infection)\\b"
              + "|tested positive(?: for (?:the )?(?:virus|disease|covid(?:-19)?|coronavirus)\\b"
              + "|(?=\\s*(?:[.,;:!?)]|$))))");

  /**
   * A lower-case text with phrasal verbs of change written as the verb of their class: "go up",
   * "went up", "coming up" as "rise"; "go down", "came down" as "fall" ("fares are set to go up 5%"
   * says what "ticket prices will rise by 5%" says); "turned out" after a noun or number (not
   * "turned out to", nor "it turned out well") as "attended" ("500 supporters turned out for the
   * rally"); and the phrases of {@link #statePhrases} but "taken to hospital".
   */
  static String phrasal(String lowerText) {
    String text = GO_DOWN.matcher(GO_UP.matcher(lowerText).replaceAll("rise")).replaceAll("fall");
    return contextPhrases(turnOut(text));
  }

  /**
   * "turned out" for an event, not "turned out to be" or "turned out that": after a word and maybe
   * an auxiliary ("500 supporters turned out", "voters had turned out").
   */
  private static final Pattern TURN_OUT =
      Pattern.compile(
          "\\b([\\w%]+) ((?:have |has |had )?)(?:turn|turns|turned|turning) out\\b"
              + "(?! (?:to|that)\\b)");

  /**
   * Words before "turned out" that are no noun or number: "it turned out well", "as it turned out"
   * say how things went, not who came.
   */
  private static final Set<String> NOT_TURNOUT_SUBJECTS =
      Set.of(
          "it",
          "as",
          "this",
          "that",
          "which",
          "what",
          "how",
          "things",
          "there",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "who",
          "all",
          "everything",
          "nothing",
          "something",
          "and",
          "but",
          "so",
          "then",
          "eventually",
          "ultimately",
          "later",
          "well");

  /** A text with "turned out" after a noun or number written as "attended". */
  private static String turnOut(String text) {
    Matcher m = TURN_OUT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String subject = m.group(1);
      String replacement =
          NOT_TURNOUT_SUBJECTS.contains(subject)
              ? m.group()
              : subject + " " + m.group(2) + "attended";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern EVACUATED =
      Pattern.compile(
          "(?i)\\b(?:(?:(?:forced|ordered|told|made) to (?:leave|flee|abandon)"
              + "|fled|left|abandoned)"
              + " (?:their|his|her) (?:homes?|houses?)\\b)");

  private static final Pattern HOSPITALIZED =
      Pattern.compile(
          "(?i)\\b(?:taken|rushed|airlifted|flown|admitted) to (?:a |the |local )?hospitals?\\b");

  /**
   * A text, in any case, with phrases that state a casualty predicate written as it: "caught the
   * virus", "contracted the disease" and "tested positive" as "infected" ("1,340 people have caught
   * the virus" says what "the outbreak has infected 1,340 people" says); leaving one's home under
   * force or threat ("forced to leave their homes", "fled their homes") as "evacuated" ("forced
   * from their homes" is left alone: "forced 4,500 residents from their homes" splits it); being
   * "taken", "rushed" or "admitted to hospital" as "hospitalized".
   */
  static String statePhrases(String text) {
    return HOSPITALIZED.matcher(contextPhrases(text)).replaceAll("hospitalized");
  }

  /**
   * {@link #statePhrases} but for "taken to hospital", whose words stay in a sentence's context:
   * "hospital" is what "the hospital treated 62 patients" and "62 were taken to hospital" share.
   */
  private static String contextPhrases(String text) {
    return EVACUATED.matcher(INFECTED.matcher(text).replaceAll("infected")).replaceAll("evacuated");
  }

  /** The participles of every event class, each mapped to its class. */
  static Map<String, String> eventForms() {
    return EVENT_CLASS;
  }
}
