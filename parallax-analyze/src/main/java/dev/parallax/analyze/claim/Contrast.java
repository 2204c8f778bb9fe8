package dev.parallax.analyze.claim;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence that two claims of one dimension measure different things, read from their {@link
 * ClaimFrame frames}. Only known differences count; a word that is merely unlike another is no
 * contrast ("paintings" and "artworks" may be one thing):
 *
 * <ul>
 *   <li>{@code counted}: their counted things are set apart by a qualifier ("troops (target)"),
 *       "other" on one side, or proper modifiers with none in common ({@link Counted#setApart});
 *   <li>{@code predicate}: both state casualty or event predicates and share none (arrested vs
 *       injured, killed vs injured, destroyed vs damaged, cancelled vs added);
 *   <li>{@code state}: one states such a predicate and the other a state word in no known class
 *       ({@link StateWords}: "killed" vs "left homeless", "damaged" vs "without power", "charged"
 *       vs "remain at large"), or both follow different verbs ({@link #verbs}), or one counts
 *       nothing after a verb of a known class and the other a noun of another ("lent £4bn" vs "a
 *       profit of £4bn"), or one is a {@link Capacity} and the other not ("holds 60,000" vs "a
 *       crowd of 45,000");
 *   <li>{@code head}: both counted nouns are in known classes and the classes differ (revenue vs
 *       profit, homes vs jobs), but for generic people and a kind of person (people, migrants); or
 *       one is in a known class and the other a noun in none (prices vs rents), or counts nothing
 *       after a verb of another class (profit vs "spent"); or one counts persons and the other made
 *       things (patients vs beds, {@link Senses#isArtifact}). A noun that names the dimension of
 *       the claim's unit ("temperatures" of 7C) is no head;
 *   <li>{@code nouns}: the sentences say the same but for their counted nouns ("the museum received
 *       8 paintings", "... 8 sculptures"): the one word changed is what differs;
 *   <li>{@code object}: a mass, volume or area of different things ("3 tonnes of cannabis", "500kg
 *       of cocaine"), neither of which the other sentence names;
 *   <li>{@code names}: both have names near the claim and share none ("in Leeds", "in York");
 *   <li>{@code date}: their sentences give different dates of one unit (2019 and 2021, Monday and
 *       Friday), or one a year and the other "now" or "today".
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class Contrast {
  private Contrast() {}

  /** The first contrast between two frames, by name (see the class comment), or empty. */
  static Optional<String> between(ClaimFrame a, ClaimFrame b) {
    String ca = a.value().claim().counted();
    String cb = b.value().claim().counted();
    if ((!ca.isEmpty() || !cb.isEmpty()) && Counted.setApart(a.counted(), b.counted())) {
      return Optional.of("counted");
    }
    if (!a.predicates().isEmpty()
        && !b.predicates().isEmpty()
        && Collections.disjoint(a.predicates(), b.predicates())) {
      return Optional.of("predicate");
    }
    if (state(a, b)) {
      return Optional.of("state");
    }

    if (a.duration() || b.duration()) {
      return setting(a, b); // a duration's head is a verb: "held", "questioned"
    }
    if (headsDiffer(thing(a), thing(b))
        || unknownHeadsOfActs(a, b)
        || unknownThing(a, b)
        || unknownThing(b, a)
        || personAndThing(a, b)
        || unrelatedNouns(a, b)) {
      return Optional.of("head");
    }
    if (a.object() != null
        && b.object() != null
        && !a.object().equals(b.object())
        && !b.words().contains(a.object())
        && !a.words().contains(b.object())) {
      return Optional.of("object");
    }
    if (a.headDiffers(b)
        && thing(a) != null
        && thing(b) != null
        && !Counted.isGenericPeople(a.head())
        && !Counted.isGenericPeople(b.head())
        && !a.rest().isEmpty()
        && a.rest().equals(b.rest())) {
      return Optional.of("nouns");
    }
    return setting(a, b);
  }

  /**
   * The contrasts of where and when alone ({@code names}, {@code date}): they set apart even claims
   * whose counted things match ("12 people hurt in Leeds", "20 people hurt in York").
   */
  static Optional<String> setting(ClaimFrame a, ClaimFrame b) {
    if (!a.names().isEmpty()
        && !b.names().isEmpty()
        && Collections.disjoint(a.names(), b.names())) {
      return Optional.of("names");
    }
    if (datesDiffer(a, b)) {
      return Optional.of("date");
    }
    return Optional.empty();
  }

  /**
   * Whether one frame states a casualty or event predicate and the other a state in no known class
   * (see {@link #unknownState}), or two shares are held by different persons ({@link
   * #holdersDiffer}); like {@link #setting}, this parts even claims whose counted things match
   * ("2,000 tonnes of oil" spilled and removed; "the senator won 52% of the vote", "her rival took
   * 45% of the vote").
   */
  static boolean state(ClaimFrame a, ClaimFrame b) {
    return unknownState(a, b)
        || unknownState(b, a)
        || verbs(a, b)
        || verbNamesOther(a, b)
        || verbNamesOther(b, a)
        || a.capacity() != b.capacity()
        || holdersDiffer(a, b);
  }

  /**
   * Whether {@code known} counts a thing of a known {@link Lexicon} class and {@code other} counts
   * nothing after a verb of another known class that names a thing ("a profit of £4bn", "lent
   * £4bn"; "revenue", "spent"): the verb says what the money or count is, as a noun would, so this
   * parts even claims whose sentences say much the same (see {@link #unknownThing}).
   */
  private static boolean verbNamesOther(ClaimFrame known, ClaimFrame other) {
    return other.head() == null && unknownThing(known, other);
  }

  /**
   * Whether two claims that count nothing or generic people ("£12bn", "5,000 people") follow
   * different verbs that name what was done with them ("spent £12bn", "raised £12bn"; "vaccinated
   * 5,000 people", "tested 5,000 people"): when the noun does not say what is counted, the verb
   * does, and two verbs of no common {@link Lexicon} class, neither used in the other sentence, are
   * two acts, unless WordNet makes them one ({@link Senses#verbsAlike}: "burned" and "scorched"
   * acres). The verb is the one right before the number ("paid out £3m" gives "paid"), else a
   * participle after the counted noun and an auxiliary ("2 million people have received"). Casualty
   * predicates are compared by {@code predicate}, verbs of rise and fall say how a value moved, not
   * what it is, and a specific counted noun ("goals", "acres") names the thing whatever verb comes
   * before it, unless the two verbs before the numbers are opposites ({@link Senses#verbsOpposed}:
   * "won 14 matches", "lost six matches").
   */
  static boolean verbs(ClaimFrame a, ClaimFrame b) {
    if (a.duration() || b.duration()) {
      return false;
    }
    if (opposedVerbs(a, b)) {
      return true;
    }
    if (!countsNothingSpecific(a) || !countsNothingSpecific(b)) {
      return false;
    }
    String va = actVerb(a);
    String vb = actVerb(b);
    if (va == null || vb == null) {
      return false;
    }
    String ca = Lexicon.canonical(Spelling.american(va));
    String cb = Lexicon.canonical(Spelling.american(vb));
    return !ca.equals(cb)
        && !b.words().contains(Counted.singular(Spelling.american(va)))
        && !a.words().contains(Counted.singular(Spelling.american(vb)))
        && !(Lexicon.wordClass(va) == null
            && Lexicon.wordClass(vb) == null
            && Senses.verbsAlike(va, vb));
  }

  /**
   * Whether the verbs right before two claims are opposites in WordNet ("won 14 matches", "lost six
   * matches"; "sold 3 million shares", "bought 3 million shares"): whatever the counted noun,
   * opposite acts count different things. Verbs of one {@link Lexicon} class are never opposites,
   * and verbs of rise and fall say how a value moved, not what it is.
   */
  private static boolean opposedVerbs(ClaimFrame a, ClaimFrame b) {
    String va = StateWords.wordBefore(a.value().sentence(), a.value().claim().text());
    String vb = StateWords.wordBefore(b.value().sentence(), b.value().claim().text());
    if (va == null || vb == null || va.equals(vb)) {
      return false;
    }
    String ca = Lexicon.wordClass(va);
    String cb = Lexicon.wordClass(vb);
    return !CHANGE_CLASSES.contains(Objects.requireNonNullElse(ca, ""))
        && !CHANGE_CLASSES.contains(Objects.requireNonNullElse(cb, ""))
        && (ca == null || !ca.equals(cb))
        && Senses.verbsOpposed(va, vb);
  }

  /**
   * Whether two claims count different nouns that no class knows, after different verbs ("received
   * 48,000 applications", "offered 12,000 places"; "sold 5,000 tickets", "printed 5,000 posters"):
   * with neither noun known to be a kind of the other, the acts tell them apart, unless the verbs
   * are of one {@link Lexicon} class, alike in WordNet ({@link Senses#verbsAlike}) or one is used
   * in the other sentence.
   */
  private static boolean unknownHeadsOfActs(ClaimFrame a, ClaimFrame b) {
    String ha = thing(a);
    String hb = thing(b);
    if (ha == null
        || hb == null
        || ha.equals(hb)
        || !unknownNoun(lastWord(ha))
        || !unknownNoun(lastWord(hb))) {
      return false;
    }
    String va = StateWords.verbBefore(a.value().sentence(), a.value().claim().text());
    String vb = StateWords.verbBefore(b.value().sentence(), b.value().claim().text());
    if (va == null || vb == null) {
      return false;
    }
    String ca = Lexicon.canonical(Spelling.american(va));
    String cb = Lexicon.canonical(Spelling.american(vb));
    return !ca.equals(cb)
        && !CHANGE_CLASSES.contains(ca)
        && !CHANGE_CLASSES.contains(cb)
        && !b.words().contains(Counted.singular(Spelling.american(va)))
        && !a.words().contains(Counted.singular(Spelling.american(vb)))
        && !Senses.verbsAlike(va, vb);
  }

  /**
   * Whether a noun is in no known class and names no person; "times" counts the act of its verb
   * ("netted 21 times"), no thing of its own.
   */
  private static boolean unknownNoun(String w) {
    return !w.equals("time")
        && !Counted.isKnownHead(w)
        && !Counted.isPersonNoun(w)
        && !Senses.isPerson(w)
        && StateWords.unknown(w);
  }

  private static boolean countsNothingSpecific(ClaimFrame f) {
    return f.head() == null || Counted.isGenericPeople(f.head());
  }

  /**
   * The verb before a claim that names an act on it, or null (see {@link #verbs}); when there is
   * none, the verb after its counted noun and an auxiliary ("2 million people have received").
   */
  private static String actVerb(ClaimFrame f) {
    NumericClaim c = f.value().claim();
    String v = StateWords.verbBefore(f.value().sentence(), c.text());
    if (v == null) {
      v = StateWords.verbAfter(f.value().sentence(), c.text(), c.counted(), f.head());
    }
    if (v == null
        || Counted.predicate(v) != null
        || Counted.verbPredicate(v) != null
        || CHANGE_CLASSES.contains(Objects.requireNonNullElse(Lexicon.wordClass(v), ""))) {
      return null;
    }
    return v;
  }

  /**
   * Whether {@code known} states a casualty or event predicate and {@code other} states none but
   * has a state word in no known class that {@code known}'s sentence does not use ("killed" vs
   * "left homeless", "damaged" vs "without power", "spilled" vs "removed"): a word the lexicon does
   * not know against one it knows is a different state, not evidence of a synonym.
   */
  private static boolean unknownState(ClaimFrame known, ClaimFrame other) {
    if (known.predicates().isEmpty()
        || !other.predicates().isEmpty()
        || VAGUE_PREDICATES.containsAll(known.predicates())) {
      return false;
    }
    for (String w : other.states()) {
      if (StateWords.unknown(w)
          && !known.words().contains(Counted.singular(Spelling.american(w)))
          && !actOfPredicate(w, known)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a state word no class knows names, by WordNet ({@link Senses#verbsAlike}), the act of a
   * word of {@code known}'s sentence that states one of its predicates: "cut" is a way to "axe"
   * (cancelled), "driven" from homes one to be "displaced". Asked only when the state word would
   * otherwise set the two claims apart.
   */
  private static boolean actOfPredicate(String state, ClaimFrame known) {
    for (String x : known.words()) {
      String p = Counted.predicate(x);
      if (p == null) {
        p = Counted.verbPredicate(x);
      }
      if (p != null && known.predicates().contains(p) && Senses.verbsAlike(state, x)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code known} counts a thing of a known {@link Lexicon} class (not persons) and {@code
   * other} something outside it: a counted noun in no class ("prices" vs "rents"), or, when it
   * counts nothing, the class of the verb before its number ("profit" vs "spent $800 million").
   * Verbs of change and report ("rose", "said") name no thing.
   */
  private static boolean unknownThing(ClaimFrame known, ClaimFrame other) {
    String k = thing(known);
    if (k == null || !Lexicon.isClassName(k) || Counted.isPersonHead(k) || Lexicon.isAct(k)) {
      return false;
    }
    String thing;
    if (other.head() != null) {
      thing = other.head();
      if (thing(other) == null) {
        return false; // "temperatures" of a temperature names nothing beyond its unit
      }
      if (Counted.isKnownHead(thing)
          || Counted.isPersonNoun(thing)
          || Lexicon.wordClass(thing) != null
          || !StateWords.unknown(thing)) {
        return false; // two known heads are headsDiffer's; a person is no thing
      }
    } else {
      thing = other.states().isEmpty() ? null : Lexicon.wordClass(other.states().get(0));
      if (thing == null
          || CHANGE_CLASSES.contains(thing)
          || Lexicon.isAct(thing)
          || Lexicon.isSpan(thing)) {
        return false;
      }
    }
    if (known.value().claim().kind() == ClaimKind.MONEY && thing.equals(MONEY_OF.get(k))) {
      return false; // the money of a deal is what is paid for it
    }
    return !thing.equals(k) && !known.words().contains(thing) && !other.words().contains(k);
  }

  /**
   * Classes whose amount of money is the amount of another class: a deal's money is its cost ("an
   * £85 million deal", "paid £85m").
   */
  private static final Map<String, String> MONEY_OF = Map.of("deal", "cost");

  /** Predicates that cover any state ("affected" customers lost power, were cut off, ...). */
  private static final Set<String> VAGUE_PREDICATES = Set.of("affected");

  /** Lexicon classes of verbs that say how a value moved, not what it is. */
  private static final Set<String> CHANGE_CLASSES = Set.of("rise", "fall");

  /**
   * A frame's head, or null when it only names the dimension of the claim's unit ("temperatures of
   * 7C": any measure in °C is a temperature, so "lows of 5C" are not a different thing).
   */
  private static String thing(ClaimFrame f) {
    String head = f.head();
    Units.Unit unit = Units.bySymbol(f.value().claim().unit());
    if (head != null
        && unit != null
        && unit.dimension().equals(Lexicon.canonical(lastWord(head)))) {
      return null;
    }
    return head;
  }

  /**
   * Whether one frame counts persons and the other things made by people, by WordNet's first sense
   * of the last word of its head ({@link Senses#isArtifact}): "300 patients" and "300 beds".
   */
  private static boolean personAndThing(ClaimFrame a, ClaimFrame b) {
    return personAgainstThing(a.head(), b.head()) || personAgainstThing(b.head(), a.head());
  }

  private static boolean personAgainstThing(String person, String thing) {
    if (person == null || thing == null || !Counted.isPersonHead(person)) {
      return false;
    }
    String w = lastWord(thing);
    return !Counted.isPersonNoun(w) && !Counted.isPersonHead(thing) && Senses.isArtifact(w);
  }

  /**
   * Whether two counts name the same modifiers before different head nouns that WordNet knows and
   * that are neither synonyms nor one a near kind of the other ({@link Senses#nounsAlike}): "flu
   * cases" and "flu jabs", "hotel rooms" and "hotel staff" count different things of one topic,
   * whatever their sentences share. The shared modifiers show that both phrases are whole noun
   * phrases of the thing counted, so their heads are what each counts; a bare head ("services",
   * "trains") may be a writer's looser word for the same thing and is left to the other rules.
   * Persons are left to the person rules (generic "people" and "residents" may be one count) and
   * classes of the {@link Lexicon} to {@code headsDiffer}.
   */
  private static boolean unrelatedNouns(ClaimFrame a, ClaimFrame b) {
    String ha = thing(a);
    String hb = thing(b);
    if (ha == null
        || hb == null
        || a.value().claim().kind() != ClaimKind.COUNT
        || b.value().claim().kind() != ClaimKind.COUNT
        || a.counted().modifiers().isEmpty()
        || !a.counted().modifiers().equals(b.counted().modifiers())) {
      return false;
    }
    String wa = lastWord(ha);
    String wb = lastWord(hb);
    return !wa.equals(wb)
        && !personish(wa)
        && !personish(wb)
        && !Lexicon.isClassName(wa)
        && !Lexicon.isClassName(wb)
        && Senses.knowsNoun(wa)
        && Senses.knowsNoun(wb)
        && !Senses.nounsAlike(wa, wb);
  }

  /**
   * Whether two shares are held by different persons: each follows a verb right before it whose
   * subject, the word before that verb, is a person noun ("the senator won 52%", "her opponent took
   * 45%"), the two persons differ, are no near kinds of each other ({@link Senses#nounsAlike}) and
   * neither sentence names the other's. Two persons' shares of one whole are two amounts, not two
   * reports of one.
   */
  private static boolean holdersDiffer(ClaimFrame a, ClaimFrame b) {
    if (a.value().claim().kind() != ClaimKind.PERCENT
        || b.value().claim().kind() != ClaimKind.PERCENT) {
      return false;
    }
    String ha = holder(a);
    String hb = holder(b);
    return ha != null
        && hb != null
        && !ha.equals(hb)
        && !a.words().contains(hb)
        && !b.words().contains(ha)
        && !Senses.nounsAlike(ha, hb);
  }

  /** The person noun right before the verb right before a share, lower-case, or null. */
  private static String holder(ClaimFrame f) {
    String sentence = f.value().sentence();
    int at = sentence.indexOf(f.value().claim().text());
    if (at < 0 || sentence.indexOf(f.value().claim().text(), at + 1) >= 0) {
      return null;
    }
    String[] words = sentence.substring(0, at).strip().split("\\s+");
    if (words.length < 2) {
      return null;
    }
    String verb = words[words.length - 1].toLowerCase(Locale.ROOT);
    String subject = words[words.length - 2].toLowerCase(Locale.ROOT);
    if (!verb.matches("\\p{L}+")
        || !subject.matches("\\p{L}+")
        || CHANGE_CLASSES.contains(Objects.requireNonNullElse(Lexicon.wordClass(verb), ""))
        || !Senses.isPerson(subject)) {
      return null;
    }
    return Counted.singular(subject);
  }

  private static boolean personish(String w) {
    return Counted.isPersonNoun(w)
        || Counted.isPersonHead(w)
        || Counted.isGenericPeople(w)
        || Senses.isPerson(w);
  }

  private static String lastWord(String phrase) {
    return phrase.substring(phrase.lastIndexOf(' ') + 1);
  }

  private static boolean headsDiffer(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    if (!Counted.isKnownHead(a) || !Counted.isKnownHead(b)) {
      return false;
    }
    boolean people =
        (Counted.isGenericPeople(a) && Counted.isPersonHead(b))
            || (Counted.isGenericPeople(b) && Counted.isPersonHead(a));
    return !people;
  }

  private static boolean datesDiffer(ClaimFrame a, ClaimFrame b) {
    for (Map.Entry<String, Set<Double>> e : a.dates().entrySet()) {
      Set<Double> other = b.dates().get(e.getKey());
      if (other != null && Collections.disjoint(e.getValue(), other)) {
        return true;
      }
    }
    boolean yearA = a.dates().containsKey("year");
    boolean yearB = b.dates().containsKey("year");
    return (yearA && !yearB && b.present()) || (yearB && !yearA && a.present());
  }
}
