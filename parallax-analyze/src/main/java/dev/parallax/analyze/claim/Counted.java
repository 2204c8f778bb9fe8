package dev.parallax.analyze.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises and matches the counted thing of numeric claims ("13,000 US troops" and "12-13,000
 * troops" count the same thing; "27 people were killed" and "killing 31" too).
 *
 * <p>Normalisation lower-cases, drops determiners, possessives and punctuation, strips plurals
 * ("troops" gives "troop", "children" gives "child"), and maps a few synonyms onto one word:
 * forces, soldiers, personnel and servicemembers are "troop"; dead, died, drowned, deaths,
 * fatalities and a death toll are "killed"; wounded and hurt are "injured"; persons and individuals
 * are "people"; collective nouns name their members (a crowd is "people", a workforce, staff and
 * employees are "worker"; demonstrators are "protester"); "saved" is "rescued"; any other word of a
 * {@link Lexicon} class becomes its class ("travellers" and "passengers" are "passenger", "jobless"
 * is "unemployment"). British spellings become American ({@link Spelling}: "hospitalised" is
 * "hospitalized"). A qualifier in parentheses ("troops (target)") is kept.
 *
 * <p>This class owns the one list of casualty predicates, joined by the event classes of the {@link
 * Lexicon} ("cancelled", "delayed", "destroyed", …): {@link #predicate} and {@link #verbPredicate}
 * are what {@link ClaimExtractor} uses to find them, so extraction and matching cannot disagree on
 * a word. Different predicates keep counted things apart ("flights delayed", "flights cancelled").
 *
 * <p>Two counted things match when their qualifiers are equal, their casualty predicates (killed,
 * injured, arrested, missing, …) are equal, and their head nouns are equal, or one side has only a
 * predicate and the other a person noun ("killed" and "people killed"), or both share a predicate
 * and one head is generic ("people killed", "civilians killed"). Modifiers are ignored ("US troops"
 * matches "troops") unless both sides name different proper modifiers ("US troops", "NATO troops")
 * or only one side says "other", "additional", "more" or "another" (a different set of the same
 * things). Stateless and thread-safe.
 */
public final class Counted {
  private static final Set<String> DETERMINERS =
      Set.of(
          "the",
          "a",
          "an",
          "some",
          "this",
          "these",
          "those",
          "that",
          "its",
          "their",
          "his",
          "her",
          "our",
          "my",
          "your",
          "of",
          "all",
          "total",
          "estimated",
          "confirmed",
          "official",
          "current",
          "reported",
          "overall");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'’.-]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern EDGE_MARKS = Pattern.compile("^[.-]+|[.-]+$");
  private static final Set<String> DISTINCT_MODIFIERS =
      Set.of("other", "additional", "more", "another", "extra", "further");

  /**
   * "-ed" states that are no verbs taking a count: "charged $500" and "affected 2,000 homes" need
   * not count casualties; "died" takes none.
   */
  private static final Set<String> NOT_VERB_FORMS =
      Set.of("charged", "affected", "died", "drowned", "perished");

  /**
   * The casualty predicates as states ("27 people were killed", "27 dead", "12 hospitalised"): each
   * surface form, British or American, mapped to its canonical predicate. The one list both the
   * extractor (to find predicates) and the matcher (to compare them) use, so the two cannot drift
   * apart.
   */
  private static final Map<String, String> STATE_FORMS = stateForms();

  /**
   * The casualty predicates as verbs taking the count as object ("killing 27", "displaced 1,500
   * people"): the "-ed" states and their "-ing" forms, mapped to the canonical predicate.
   */
  private static final Map<String, String> VERB_FORMS = verbForms();

  /**
   * The casualty predicates as nouns of the event taking the count after "of" ("the evacuation of
   * 3,200 residents", "the deaths of 41 people"), in American spelling, mapped to the canonical
   * predicate.
   */
  private static final Map<String, String> NOMINAL_FORMS =
      Map.ofEntries(
          Map.entry("killing", "killed"),
          Map.entry("killings", "killed"),
          Map.entry("death", "killed"),
          Map.entry("deaths", "killed"),
          Map.entry("injury", "injured"),
          Map.entry("injuries", "injured"),
          Map.entry("wounding", "injured"),
          Map.entry("arrest", "arrested"),
          Map.entry("arrests", "arrested"),
          Map.entry("detention", "arrested"),
          Map.entry("disappearance", "missing"),
          Map.entry("evacuation", "evacuated"),
          Map.entry("evacuations", "evacuated"),
          Map.entry("displacement", "displaced"),
          Map.entry("rescue", "rescued"),
          Map.entry("rescues", "rescued"),
          Map.entry("infection", "infected"),
          Map.entry("infections", "infected"),
          Map.entry("hospitalization", "hospitalized"),
          Map.entry("hospitalizations", "hospitalized"));

  /** The canonical predicates (the values of {@link #STATE_FORMS}). */
  private static final Set<String> PREDICATES = Set.copyOf(STATE_FORMS.values());

  /** The predicates that are events of the lexicon rather than casualties ("cancelled"). */
  private static final Set<String> EVENTS = Set.copyOf(Lexicon.eventForms().values());

  /** Person heads that name a part in one event (see {@link #isRoleHead}). */
  private static final Set<String> ROLE_HEADS =
      Set.of(
          "passenger",
          "migrant",
          "refugee",
          "patient",
          "survivor",
          "visitor",
          "participant",
          "attendee",
          "guest",
          "spectator",
          "fan",
          "tourist",
          "traveler",
          "commuter",
          "shopper",
          "customer",
          "pilgrim",
          "crew",
          "viewer",
          "bystander");

  private static final Set<String> PERSON_HEADS =
      Set.of(
          "people",
          "man",
          "woman",
          "child",
          "civilian",
          "victim",
          "resident",
          "student",
          "passenger",
          "worker",
          "person",
          "citizen",
          "adult",
          "boy",
          "girl",
          "villager",
          "protester",
          "migrant",
          "refugee",
          "casualty",
          "troop",
          "officer",
          "policeman",
          "suspect",
          "driver",
          "gunman",
          "pilot",
          "patient",
          "journalist",
          "prisoner",
          "hostage",
          "defendant",
          "teenager",
          "mother",
          "father",
          "son",
          "daughter",
          // occupations and roles that news counts as people
          "fan",
          "miner",
          "climber",
          "hiker",
          "fisherman",
          "sailor",
          "crew",
          "nurse",
          "doctor",
          "teacher",
          "pupil",
          "voter",
          "member",
          "spectator",
          "bystander",
          "tourist",
          "traveler",
          "commuter",
          "pedestrian",
          "shopper",
          "customer",
          "pilgrim",
          "firefighter",
          "rescuer",
          "inmate",
          "detainee",
          "survivor",
          "player",
          "farmer",
          "tenant",
          "baby",
          "infant",
          "fighter",
          "militant",
          "rebel",
          "visitor",
          "participant",
          "attendee",
          "guest",
          "delegate",
          "athlete",
          "runner",
          "motorist",
          "cyclist",
          "official",
          "homeowner",
          "parent",
          "supporter",
          "pensioner",
          "applicant",
          "consumer",
          "viewer");
  private static final Set<String> GENERIC_PEOPLE =
      Set.of("people", "person", "victim", "casualty");
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("people", "people"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("children", "child"),
          Map.entry("feet", "foot"),
          Map.entry("police", "police"),
          Map.entry("news", "news"),
          Map.entry("series", "series"),
          Map.entry("species", "species"),
          Map.entry("lives", "life"),
          Map.entry("policemen", "policeman"),
          Map.entry("staff", "staff"),
          Map.entry("data", "data"));
  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("force", "troop"),
          Map.entry("soldier", "troop"),
          Map.entry("servicemember", "troop"),
          Map.entry("serviceman", "troop"),
          Map.entry("personnel", "troop"),
          Map.entry("death", "killed"),
          Map.entry("fatality", "killed"),
          Map.entry("toll", "killed"),
          Map.entry("life", "killed"),
          Map.entry("injury", "injured"),
          Map.entry("arrest", "arrested"),
          Map.entry("person", "people"),
          Map.entry("individual", "people"),
          Map.entry("persons", "people"),
          // collective nouns for the same people: a protest's crowd, a firm's workforce
          Map.entry("crowd", "people"),
          Map.entry("demonstrator", "protester"),
          Map.entry("workforce", "worker"),
          Map.entry("employee", "worker"),
          Map.entry("staff", "worker"),
          Map.entry("staffer", "worker"),
          Map.entry("pupil", "student"));

  private Counted() {}

  private static Map<String, String> stateForms() {
    // canonical predicate first, then the other words stating it
    String[][] table = {
      {"killed", "dead", "died", "drowned", "perished"},
      {"injured", "wounded", "hurt"},
      {"arrested", "detained"},
      {"missing", "unaccounted"},
      {"evacuated"},
      {"displaced"},
      {"rescued", "saved"},
      {"trapped"},
      {"affected"},
      {"infected"},
      {"charged"},
      {"hospitalized"},
    };
    Map<String, String> out = new HashMap<>(Lexicon.eventForms());
    for (String[] row : table) {
      for (String form : row) {
        out.put(form, row[0]);
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> verbForms() {
    Map<String, String> out = new HashMap<>();
    STATE_FORMS.forEach(
        (form, canonical) -> {
          if (form.endsWith("ed") && !NOT_VERB_FORMS.contains(form)) {
            out.put(form, canonical); // "killed 31"
            out.put(form.substring(0, form.length() - 2) + "ing", canonical); // "killing 31"
          }
        });
    out.put("kill", "killed");
    out.put("kills", "killed");
    out.put("hurting", "injured");
    return Map.copyOf(out);
  }

  /**
   * The canonical casualty predicate a lower-case word states after what it counts ("were
   * hospitalised" and "were hospitalized" give "hospitalized", "dead" gives "killed"), or null.
   */
  static String predicate(String lowerWord) {
    return STATE_FORMS.get(Spelling.american(lowerWord));
  }

  /** Whether a lower-case word states a casualty predicate; see {@link #predicate}. */
  static boolean isPredicate(String lowerWord) {
    return predicate(lowerWord) != null;
  }

  /**
   * The canonical casualty predicate of a verb that takes the count as its object ("killing 31",
   * "displaced 1,500 people"), or null.
   */
  static String verbPredicate(String lowerWord) {
    return VERB_FORMS.get(Spelling.american(lowerWord));
  }

  /**
   * The canonical casualty predicate of a noun naming the event that befell what follows "of" ("the
   * evacuation of 3,200 residents" gives "evacuated"), or null.
   */
  static String nominalPredicate(String lowerWord) {
    return NOMINAL_FORMS.get(Spelling.american(lowerWord));
  }

  /** Whether a lower-case word, singular or plural, names a person ("suspect", "victims"). */
  static boolean isPersonNoun(String lowerWord) {
    String one = singular(lowerWord);
    String w = SYNONYMS.getOrDefault(one, one);
    return PERSON_HEADS.contains(w);
  }

  /** The normalised form of a counted phrase; empty for an empty phrase. */
  public static String normalize(String counted) {
    Objects.requireNonNull(counted, "counted");
    Parts p = parse(counted);
    List<String> words = new ArrayList<>(p.modifiers);
    if (p.head != null) {
      words.add(p.head);
    }
    if (p.predicate != null) {
      words.add(p.predicate);
    }
    String joined = String.join(" ", words);
    return p.qualifier.isEmpty() ? joined : (joined + " (" + p.qualifier + ")").strip();
  }

  /** Whether two counted phrases name the same measured thing (see the class comment). */
  public static boolean matches(String a, String b) {
    return matches(parse(a), parse(b));
  }

  /** {@link #matches(String, String)} of two parsed phrases. */
  static boolean matches(Parts pa, Parts pb) {
    if (pa.empty()
        || pb.empty()
        || !Objects.equals(pa.predicate, pb.predicate)
        || !sameThing(pa, pb)) {
      return false;
    }
    if (pa.head == null || pb.head == null) {
      String other = pa.head == null ? pb.head : pa.head;
      return pa.predicate != null && (other == null || PERSON_HEADS.contains(other));
    }
    if (pa.head.equals(pb.head)) {
      return true;
    }
    // "people killed" and "civilians killed" may be one count; "soldiers" and "civilians" are not
    boolean generic = GENERIC_PEOPLE.contains(pa.head) || GENERIC_PEOPLE.contains(pb.head);
    return pa.predicate != null
        && generic
        && PERSON_HEADS.contains(pa.head)
        && PERSON_HEADS.contains(pb.head);
  }

  /**
   * Whether two counted phrases name kindred things by WordNet ({@link Senses#nounsAlike}): their
   * heads differ but share a first sense or one is a near hypernym of the other ("teaching jobs"
   * and "teaching posts", "the takeover" and "the acquisition"), their predicates are equal, their
   * modifiers the same, and nothing else sets them apart. Reads the noun senses of the WordNet
   * table, so only grouping asks it.
   */
  static boolean kindred(Parts pa, Parts pb) {
    return pa.head != null
        && pb.head != null
        && !pa.head.equals(pb.head)
        && Objects.equals(pa.predicate, pb.predicate)
        && sameThing(pa, pb)
        && Set.copyOf(pa.modifiers).equals(Set.copyOf(pb.modifiers))
        && Senses.nounsAlike(pa.head, pb.head);
  }

  /**
   * Whether two counted phrases that do not {@link #matches match} may still count the same people:
   * neither states a predicate, one head is generic ("people") and the other names persons
   * ("workers", or any noun whose first WordNet sense is a person: "supporters"), and nothing else
   * sets them apart (qualifiers, "other", proper modifiers). The grouper takes such a pair only
   * when the two sentences say the same thing around the number: "the fire forced 300 people to
   * leave" and "... 300 workers ..." do, but "20 people live in the village" and "20 soldiers guard
   * it" do not. Two specific heads ("workers", "residents") never pass.
   */
  public static boolean genericPeople(String a, String b) {
    return genericPeople(parse(a), parse(b));
  }

  /** {@link #genericPeople(String, String)} of two parsed phrases. */
  static boolean genericPeople(Parts pa, Parts pb) {
    if (pa.head == null
        || pb.head == null
        || pa.predicate != null
        || pb.predicate != null
        || !sameThing(pa, pb)) {
      return false;
    }
    boolean generic = GENERIC_PEOPLE.contains(pa.head) != GENERIC_PEOPLE.contains(pb.head);
    return generic && personLike(pa.head) && personLike(pb.head);
  }

  /**
   * Whether two counted phrases both name a person ("the suspect", "a man", "the victim") with no
   * event stated and nothing beside the nouns setting them apart: two ages in one story's sentences
   * that say the same thing are the age of one person, whatever each outlet calls them.
   */
  static boolean bothPersons(Parts pa, Parts pb) {
    return pa.head != null
        && pb.head != null
        && pa.predicate == null
        && pb.predicate == null
        && sameThing(pa, pb)
        && personLike(pa.head)
        && personLike(pb.head);
  }

  /**
   * Whether a head names persons: one of {@link #PERSON_HEADS}, or a noun whose first WordNet sense
   * is a person ({@link Senses#isPerson}: "supporters", "mourners", "worshippers").
   */
  private static boolean personLike(String head) {
    return PERSON_HEADS.contains(head) || (!head.contains(" ") && Senses.isPerson(head));
  }

  /**
   * Whether two counted phrases that do not {@link #matches match} differ only in that one states
   * an event of the lexicon ("flights cancelled") and the other states none ("flights"): the
   * grouper then takes the pair only when the sentences say the same thing around the number.
   * Casualty predicates are never left out this way ("people killed" is not "people").
   */
  public static boolean eventOnOneSide(String a, String b) {
    return eventOnOneSide(parse(a), parse(b));
  }

  /** {@link #eventOnOneSide(String, String)} of two parsed phrases. */
  static boolean eventOnOneSide(Parts pa, Parts pb) {
    if ((pa.predicate == null) == (pb.predicate == null)) {
      return false;
    }
    String event = pa.predicate != null ? pa.predicate : pb.predicate;
    return EVENTS.contains(event) && sameThing(pa, pb) && Objects.equals(pa.head, pb.head);
  }

  /**
   * Whether, without predicates, one counted phrase's words are a strict part of the other's
   * ("average house" of "the average house now costs" and "average house price"): the shorter one
   * lost its head to a verb, so the grouper takes the pair only when the sentences say the same
   * thing around the number. Two phrases with different words on both sides ("revenue" and
   * "profit") never pass.
   */
  public static boolean narrows(String a, String b) {
    return narrows(parse(a), parse(b));
  }

  /** {@link #narrows(String, String)} of two parsed phrases. */
  static boolean narrows(Parts pa, Parts pb) {
    if (pa.predicate != null || pb.predicate != null || pa.empty() || pb.empty()) {
      return false;
    }
    if (!sameThing(pa, pb)) {
      return false;
    }
    Set<String> wa = new LinkedHashSet<>(pa.modifiers);
    wa.add(pa.head);
    Set<String> wb = new LinkedHashSet<>(pb.modifiers);
    wb.add(pb.head);
    return wa.size() != wb.size() && (wa.containsAll(wb) || wb.containsAll(wa));
  }

  private static boolean sameThing(Parts pa, Parts pb) {
    if (!pa.qualifier.equals(pb.qualifier) || pa.distinct != pb.distinct) {
      return false;
    }
    // proper modifiers on both sides with none in common: "US troops", "NATO troops"
    return pa.proper.isEmpty()
        || pb.proper.isEmpty()
        || !Collections.disjoint(pa.proper, pb.proper);
  }

  /**
   * The normalised head noun of a counted phrase ("troop" of "13,000 US troops", "home" of "houses
   * destroyed"), or null when it names none ("killed").
   */
  static String head(String counted) {
    return parse(counted).head;
  }

  /**
   * Whether a normalised head is a known class of counted things: a person noun or a class of the
   * {@link Lexicon} ("home", "revenue", "job"). Two known heads that differ name different things,
   * but for generic people and a kind of person ({@link #isGenericPeople}).
   */
  static boolean isKnownHead(String head) {
    return head != null && (PERSON_HEADS.contains(head) || Lexicon.isClassName(head));
  }

  /** Whether a normalised head is generic people ("people", "victim"). */
  static boolean isGenericPeople(String head) {
    return head != null && GENERIC_PEOPLE.contains(head);
  }

  /**
   * Whether a normalised head names persons by their part in one event rather than as a standing
   * group: those carried, treated, visiting or watching ("passenger", "patient", "visitor",
   * "migrant"). The people of an event and those in its role are one set; soldiers or residents are
   * not.
   */
  static boolean isRoleHead(String head) {
    return head != null && ROLE_HEADS.contains(head);
  }

  /** Whether a normalised head names persons ("worker", "people"). */
  static boolean isPersonHead(String head) {
    return PERSON_HEADS.contains(head);
  }

  /**
   * Whether two counted phrases are set apart by what they say beside their nouns: different
   * qualifiers ("troops (target)" and "troops"), "other" on one side only, or proper modifiers with
   * none in common ("US troops", "NATO troops").
   */
  static boolean setApart(Parts a, Parts b) {
    return !sameThing(a, b);
  }

  /** The lemma-ish singular of one lower-case word. */
  static String singular(String w) {
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4
        && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * A counted phrase read once: its modifiers, proper modifiers, head noun and predicate (both
   * normalised, null when none), qualifier in parentheses (empty when none) and whether it says
   * "other" or the like. Parse each phrase once ({@link #parse}) and compare the parts.
   *
   * @param head the normalised head noun ({@link #head})
   * @param predicate the canonical casualty or event predicate ("killed"), or null
   */
  record Parts(
      List<String> modifiers,
      Set<String> proper,
      String head,
      String predicate,
      String qualifier,
      boolean distinct) {
    boolean empty() {
      return head == null && predicate == null;
    }
  }

  /** The parts of a counted phrase. */
  static Parts parse(String counted) {
    String qualifier = "";
    String body = counted.strip();
    int paren = body.indexOf('(');
    if (paren >= 0) {
      int close = body.indexOf(')', paren);
      qualifier =
          body.substring(paren + 1, close < 0 ? body.length() : close)
              .strip()
              .toLowerCase(Locale.ROOT);
      body = body.substring(0, paren).strip();
    }
    body = body.replace("death toll", "killed").replace("Death toll", "killed");
    List<String> words = new ArrayList<>();
    Set<String> owners = new HashSet<>();
    Set<String> proper = new LinkedHashSet<>();
    boolean distinct = false;
    for (String raw : WORD_SEPARATORS.split(body)) {
      String unowned = POSSESSIVE.matcher(raw).replaceAll("");
      String w = EDGE_MARKS.matcher(unowned).replaceAll("");
      if (w.isEmpty()) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (DETERMINERS.contains(lower)) {
        continue;
      }
      if (DISTINCT_MODIFIERS.contains(lower)) {
        distinct = true;
        continue;
      }
      String american = Spelling.american(lower);
      String predicate =
          STATE_FORMS.containsKey(american) ? STATE_FORMS.get(american) : VERB_FORMS.get(american);
      String norm = singular(american);
      if (predicate != null) {
        norm = predicate;
      } else {
        String synonym = SYNONYMS.getOrDefault(norm, SYNONYMS.get(american));
        norm = synonym != null ? synonym : Lexicon.canonical(norm);
      }
      if (Character.isUpperCase(w.charAt(0)) && !PREDICATES.contains(norm)) {
        proper.add(lower.replace(".", ""));
      }
      words.add(norm);
      if (!unowned.equals(raw)) {
        owners.add(norm); // "the quake's death toll" counts the dead, not quakes
      }
    }
    String predicate = null;
    String head = null;
    List<String> modifiers = new ArrayList<>();
    for (String w : words) {
      if (PREDICATES.contains(w)) {
        predicate = w;
      }
    }
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = words.get(i);
      if (PREDICATES.contains(w)) {
        continue;
      }
      if (head == null && !(predicate != null && owners.contains(w))) {
        head = w;
      } else {
        modifiers.add(0, w);
      }
    }
    if (head != null && proper.contains(head)) {
      proper.remove(head);
    }
    return new Parts(modifiers, proper, head, predicate, qualifier, distinct);
  }
}
