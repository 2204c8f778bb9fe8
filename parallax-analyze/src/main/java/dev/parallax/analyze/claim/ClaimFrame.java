package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.CalendarWords;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a claim's sentence says around it, read for {@link Contrast}: the class of its counted noun,
 * its predicates, the thing a mass or area is "of", the names written near it, the dates of its
 * sentence, and whether it is the only claim of its dimension there.
 *
 * @param value the claim and its sentence
 * @param counted the claim's counted phrase, parsed once for every comparison of the frame
 * @param predicates the casualty or event predicates of the claim ("killed", "cancelled"): its
 *     counted thing's, else every one its sentence states; empty when none
 * @param object the head of what a mass, volume or area measures ("cannabis" of "3 tonnes of
 *     cannabis"), null for other claims or when not said
 * @param words the lower-case singular words of the sentence
 * @param rest those words without the claim's own and its head: what the sentence says besides the
 *     number and the counted noun
 * @param names the capitalised words (not the sentence's first) within {@value #NAME_WINDOW}
 *     characters of the claim, lower-cased: "Kabul", "NATO"
 * @param dates the dates of the sentence by unit ("year" to {2019})
 * @param present whether the sentence says "now", "currently" or "today"
 * @param alone whether no other claim of the sentence can be compared with this one (no second
 *     count, no second length, ...)
 * @param states the {@link StateWords} of the claim: the verb before it and the state after its
 *     counted noun ("spilled", "homeless", "without", "power")
 * @param capacity whether the claim counts what a place can hold ({@link Capacity}), read once
 */
record ClaimFrame(
    ClaimValue value,
    Counted.Parts counted,
    Set<String> predicates,
    String object,
    Set<String> words,
    Set<String> rest,
    Set<String> names,
    Map<String, Set<Double>> dates,
    boolean present,
    boolean alone,
    List<String> states,
    boolean capacity) {
  /**
   * The normalised head noun of the counted thing ({@link Counted#head}), null when none; for a
   * duration the verb or event that lasted ("last" of "lasted", "question" of "questioned").
   */
  String head() {
    return counted.head();
  }

  /** Whether the claim is a duration, whose head is a verb rather than a counted noun. */
  boolean duration() {
    return value.claim().kind() == ClaimKind.DURATION;
  }

  /**
   * Whether two frames' heads leave their sentences free to meet on a few shared words: the same
   * head or none on one side, or two nouns that are no kinds of one another. Generic people and a
   * kind of person ("20 people", "20 soldiers") and durations of different verbs ("held",
   * "questioned") are not: those need sentences that say the same thing.
   */
  boolean headsAllowLooseContext(ClaimFrame other) {
    String head = head();
    if (head == null || other.head() == null || head.equals(other.head())) {
      return true;
    }
    if (duration() || other.duration()) {
      return false;
    }
    if (peopleAndRole(other)) {
      return true;
    }
    return !(Counted.isGenericPeople(head) && Counted.isPersonHead(other.head()))
        && !(Counted.isGenericPeople(other.head()) && Counted.isPersonHead(head));
  }

  /**
   * Whether one frame counts generic people and the other persons in a role of the event
   * (passengers, visitors, patients, migrants: {@link Counted#isRoleHead}) with the same predicates
   * (or none on both sides): the people of the event are those in its role, so the two nouns are
   * left out when the sentences are compared. A standing group ("soldiers", "residents") is not a
   * role: "20 people" of a village are not its "20 soldiers".
   */
  boolean peopleAndRole(ClaimFrame other) {
    String head = head();
    if (head == null || other.head() == null || !predicates.equals(other.predicates)) {
      return false;
    }
    return (Counted.isGenericPeople(head) && Counted.isRoleHead(other.head()))
        || (Counted.isGenericPeople(other.head()) && Counted.isRoleHead(head));
  }

  /** Whether the two frames name different heads. */
  boolean headDiffers(ClaimFrame other) {
    return head() != null && other.head() != null && !head().equals(other.head());
  }

  /** How far from a claim, in characters, a name counts as attached to it. */
  static final int NAME_WINDOW = 40;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
  private static final Set<String> PRESENT = Set.of("now", "currently", "today", "presently");
  private static final Set<String> OBJECT_DIMENSIONS = Set.of("mass", "volume", "area");
  private static final Set<String> NOT_NAMES =
      CalendarWords.union(CalendarWords.MONTHS, CalendarWords.WEEKDAYS, Set.of("i"));

  ClaimFrame {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(counted, "counted");
    predicates = Set.copyOf(predicates);
    words = Set.copyOf(words);
    rest = Set.copyOf(rest);
    names = Set.copyOf(names);
    dates = Map.copyOf(dates);
    states = List.copyOf(states);
  }

  /**
   * The frame of a claim.
   *
   * @param v the claim and its sentence
   * @param sentenceClaims every claim of the same sentence, dates included, {@code v}'s among them
   * @param comparator says which claims share a dimension
   */
  static ClaimFrame of(
      ClaimValue v, List<NumericClaim> sentenceClaims, ClaimComparator comparator) {
    NumericClaim c = v.claim();
    String counted = c.counted();
    Counted.Parts parts = Counted.parse(counted);
    String head = parts.head();
    Set<String> words = new HashSet<>();
    Set<String> sentencePredicates = new HashSet<>();
    Set<String> names = new HashSet<>();
    String sentence = Lexicon.statePhrases(v.sentence());
    int at = sentence.indexOf(c.text());
    Matcher m = WORD.matcher(sentence);
    boolean first = true;
    while (m.find()) {
      String raw = m.group();
      String lower = raw.toLowerCase(Locale.ROOT);
      words.add(Counted.singular(Spelling.american(lower)));
      String p = Counted.predicate(lower);
      if (p == null) {
        p = Counted.verbPredicate(lower);
      }
      if (p == null) {
        p = Counted.nominalPredicate(lower);
      }
      if (p != null) {
        sentencePredicates.add(p);
      }
      boolean near =
          at >= 0
              && m.end() >= at - NAME_WINDOW
              && m.start() <= at + c.text().length() + NAME_WINDOW;
      if (!first
          && near
          && raw.length() > 1
          && Character.isUpperCase(raw.charAt(0))
          && !NOT_NAMES.contains(lower)
          && Units.byWord(lower) == null
          && !c.text().contains(raw)) {
        names.add(lower);
      }
      first = false;
    }
    String stated = counted.isEmpty() ? null : parts.predicate();
    Set<String> predicates = stated != null ? Set.of(stated) : sentencePredicates;
    if (predicates.isEmpty() && "patient".equals(head) && words.contains("hospital")) {
      predicates = Set.of("hospitalized"); // a hospital's patients are in hospital
    }
    Units.Unit unit = Units.bySymbol(c.unit());
    String object =
        c.kind() == ClaimKind.MEASURE
                && unit != null
                && OBJECT_DIMENSIONS.contains(unit.dimension())
                && head != null
            ? head
            : null;
    Map<String, Set<Double>> dates = new HashMap<>();
    boolean alone = true;
    for (NumericClaim other : sentenceClaims) {
      if (other.kind() == ClaimKind.DATE) {
        dates.computeIfAbsent(other.unit(), k -> new HashSet<>()).add(other.low());
      } else if (other != c
          && other.kind() != ClaimKind.ORDINAL
          && other.start() != c.start()
          && comparator.comparable(c, other)) {
        alone = false;
      }
    }
    dates.replaceAll((k, s) -> Set.copyOf(s));
    boolean present = false;
    for (String w : PRESENT) {
      present |= words.contains(w);
    }
    Set<String> rest = new HashSet<>(words);
    Matcher own = WORD.matcher(c.text());
    while (own.find()) {
      rest.remove(Counted.singular(Spelling.american(own.group().toLowerCase(Locale.ROOT))));
    }
    rest.remove(head);
    List<String> states = StateWords.of(sentence, c.text(), counted, head);
    return new ClaimFrame(
        v,
        parts,
        predicates,
        object,
        words,
        rest,
        names,
        dates,
        present,
        alone,
        states,
        Capacity.of(v, head));
  }
}
