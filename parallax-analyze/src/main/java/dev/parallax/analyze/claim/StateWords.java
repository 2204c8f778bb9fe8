package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.CalendarWords;
import dev.parallax.analyze.internal.ContentWords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what befell or is true of a claim's counted thing when no casualty or event
 * predicate does: the verb right before the number ("spilled 2,000 tonnes", "spent $800 million")
 * and the word after its counted noun and any auxiliaries ("2,000 people homeless", "300 homes
 * without power", "27 survivors were recovered"). Words are lower-case; "without" is kept with its
 * object ("without power" gives "without" and "power"); after a light verb, "at", "in", "on" or
 * "under" give their object ("two suspects remain at large" gives "large"). Light verbs that say
 * nothing of the thing ("left", "had", "were") and function words are not states. Stateless and
 * thread-safe.
 */
final class StateWords {
  private StateWords() {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** Forms of "be" and "have" before a participle ("have received", "were evacuated"). */
  private static final Set<String> AUXILIARIES =
      Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had");

  /** Verbs and adverbs that carry no state of their own between a count and its predicate. */
  private static final Set<String> LIGHT =
      CalendarWords.union(
          AUXILIARIES,
          Set.of(
              "left",
              "leave",
              "leaves",
              "leaving",
              "still",
              "now",
              "reportedly",
              "all",
              "remain",
              "remains",
              "remained",
              "there",
              "put",
              "puts",
              "stood",
              "stands",
              "stand",
              "reached",
              "reach",
              "reaches",
              "totalled",
              "totaled",
              "numbered",
              "say",
              "says",
              "said",
              "more",
              "than",
              "least"));

  /** {@link #of(String, String, String, String)} with the head read from the counted phrase. */
  static List<String> of(String sentence, String claimText, String counted) {
    return of(sentence, claimText, counted, Counted.head(counted));
  }

  /**
   * The state words of a claim in its sentence, in the order before, after.
   *
   * @param sentence the sentence
   * @param claimText the claim as written, found in the sentence
   * @param counted the claim's counted phrase, whose words are skipped after the claim
   * @param head the counted phrase's normalised head ({@link Counted#head}), or null
   */
  static List<String> of(String sentence, String claimText, String counted, String head) {
    return read(sentence, claimText, counted, head, true).states();
  }

  /**
   * The state words of a claim (with or without the word before it), and whether the one word after
   * its counted noun follows an auxiliary ("people have received"; "people needed" does not).
   */
  private record Reading(List<String> states, boolean afterAuxiliary) {}

  private static Reading read(
      String sentence, String claimText, String counted, String head, boolean withBefore) {
    List<String> out = new ArrayList<>(3);
    boolean afterAuxiliary = false;
    int at = sentence.indexOf(claimText);
    if (at < 0) {
      return new Reading(out, false);
    }
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    String before = null;
    int next = spans.size();
    for (int i = 0; i < spans.size(); i++) {
      if (spans.get(i)[1] <= at) {
        before = lower(sentence, spans.get(i));
      } else if (spans.get(i)[0] >= at + claimText.length()) {
        next = i;
        break;
      }
    }
    if (withBefore && before != null && content(before)) {
      out.add(before);
    }
    // the counted noun and its modifiers, not a state after it ("people homeless" keeps "homeless")
    Set<String> countedWords = new HashSet<>();
    Matcher cw = WORD.matcher(counted.toLowerCase(Locale.ROOT));
    while (cw.find()) {
      countedWords.add(cw.group());
      if (Counted.isPersonNoun(cw.group())
          || (head != null && Counted.normalize(cw.group()).equals(head))) {
        break;
      }
    }
    int i = next;
    boolean light = false;
    while (i < spans.size()
        && (countedWords.contains(lower(sentence, spans.get(i)))
            || LIGHT.contains(lower(sentence, spans.get(i)))
            || Units.byWord(lower(sentence, spans.get(i))) != null
            || lower(sentence, spans.get(i)).equals("of"))) {
      light |= LIGHT.contains(lower(sentence, spans.get(i)));
      i++;
    }
    if (i < spans.size()) {
      String after = lower(sentence, spans.get(i));
      if (after.equals("without") && i + 1 < spans.size()) {
        out.add(after);
        out.add(lower(sentence, spans.get(i + 1)));
      } else if (light && PLACE_STATES.contains(after)) {
        // "two suspects remain at large", "20 people are in hospital": the state is the object
        int o = i + 1;
        while (o < spans.size() && DETERMINERS.contains(lower(sentence, spans.get(o)))) {
          o++;
        }
        if (o < spans.size() && content(lower(sentence, spans.get(o)))) {
          out.add(lower(sentence, spans.get(o)));
        }
      } else if (content(after)) {
        out.add(after);
        afterAuxiliary =
            i > next
                && AUXILIARIES.contains(lower(sentence, spans.get(i - 1)))
                && sentence.substring(spans.get(i - 1)[1], spans.get(i)[0]).isBlank();
      }
    }
    return new Reading(out, afterAuxiliary);
  }

  /** Prepositions that, after a light verb, state where or how a counted thing is ("at large"). */
  private static final Set<String> PLACE_STATES = Set.of("at", "in", "on", "under");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** Particles that may follow the verb before a number ("paid out £3m", "handed over 40"). */
  private static final Set<String> PARTICLES =
      Set.of("out", "off", "up", "down", "back", "away", "over");

  /**
   * The verb after a claim's counted noun and light verbs when it clearly is one ("2 million people
   * have received", "3 million people have been tested"), lower-case, else null: a regular past
   * form or a word of a {@link Lexicon} class that is no act ({@link #verbBefore} reads the verb
   * before the number).
   */
  static String verbAfter(String sentence, String claimText, String counted, String head) {
    Reading r = read(sentence, claimText, counted, head, false);
    // only a participle after an auxiliary: "people needed treatment" is no act on them
    return r.states().size() == 1 && r.afterAuxiliary() ? verbForm(r.states().get(0)) : null;
  }

  /**
   * The content word right before a claim, lower-case, whatever its form ("won 14 matches"), or
   * null when none lies there with only space between, or when copies of the claim disagree.
   */
  static String wordBefore(String sentence, String claimText) {
    return sameForEveryCopy(sentence, claimText, at -> contentWordBefore(sentence, at, false));
  }

  private static String verbForm(String w) {
    String c = Lexicon.wordClass(w);
    if (c != null) {
      return Lexicon.isAct(c) && !c.equals("buy") ? null : w;
    }
    return w.length() > 4 && w.endsWith("ed") ? w : null;
  }

  /**
   * The verb right before a claim when it clearly is one, lower-case, else null: a regular past
   * form ("vaccinated 5,000", "raised £12bn") or a word of a {@link Lexicon} class ("spent £12bn").
   * Light verbs and words of report ("said") are none; a hedge is part of the claim's text, so
   * "tested about 300" gives "tested"; a particle is skipped, so "paid out £3m" gives "paid".
   */
  static String verbBefore(String sentence, String claimText) {
    return sameForEveryCopy(sentence, claimText, at -> verbAt(sentence, at));
  }

  /**
   * What {@code read} gives at every copy of a claim in its sentence (not inside a longer number),
   * or null when copies disagree: which copy is the claim is then unknown.
   */
  private static String sameForEveryCopy(
      String sentence, String claimText, IntFunction<String> read) {
    String found = null;
    boolean any = false;
    for (int at = sentence.indexOf(claimText); at >= 0; at = sentence.indexOf(claimText, at + 1)) {
      if (insideNumber(sentence, at)) {
        continue; // "800" in "1,800"
      }
      String v = read.apply(at);
      if (any && !Objects.equals(found, v)) {
        return null; // a repeated number after different words
      }
      found = v;
      any = true;
    }
    return found;
  }

  private static boolean insideNumber(String sentence, int at) {
    if (at == 0) {
      return false;
    }
    char c = sentence.charAt(at - 1);
    return Character.isLetterOrDigit(c)
        || ((c == ',' || c == '.') && at >= 2 && Character.isDigit(sentence.charAt(at - 2)));
  }

  /** The verb of {@link #verbBefore} for the copy of a claim at {@code at}. */
  private static String verbAt(String sentence, int at) {
    String before = contentWordBefore(sentence, at, true);
    return before == null ? null : verbForm(before);
  }

  /**
   * The lower-case content word that ends before {@code at} with only space between, else null
   * ("When the plant closed, 5,000 people" has none); with {@code skipParticles} a particle after
   * it is passed over ("paid out £3m" gives "paid").
   */
  private static String contentWordBefore(String sentence, int at, boolean skipParticles) {
    String before = null;
    int end = 0;
    int gap = 0;
    Matcher m = WORD.matcher(sentence);
    while (m.find() && m.end() <= at) {
      String w = lower(sentence, new int[] {m.start(), m.end()});
      if (skipParticles
          && PARTICLES.contains(w)
          && before != null
          && end > 0
          && sentence.substring(end, m.start()).isBlank()) {
        gap = m.end();
        continue;
      }
      before = w;
      end = m.end();
      gap = end;
    }
    return before != null && sentence.substring(gap, at).isBlank() && content(before)
        ? before
        : null;
  }

  /**
   * Whether a state word is in no known class: no casualty or event predicate, no {@link Lexicon}
   * class, no person noun, unit or verb of a span. Such a word against a known predicate is a
   * different state ("homeless" vs "killed"), not a synonym the lexicon lacks evidence for.
   */
  static boolean unknown(String lowerWord) {
    return Counted.predicate(lowerWord) == null
        && Counted.verbPredicate(lowerWord) == null
        && Counted.nominalPredicate(lowerWord) == null
        && Lexicon.wordClass(lowerWord) == null
        && !Counted.isPersonNoun(lowerWord)
        && Units.byWord(lowerWord) == null
        && content(lowerWord);
  }

  private static boolean content(String lowerWord) {
    return !LIGHT.contains(lowerWord) && !ContentWords.of(lowerWord).isEmpty();
  }

  private static String lower(String sentence, int[] span) {
    return sentence.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
  }
}
