package dev.parallax.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The recognition of one document: finds runs of capitalised words, cuts titles off, types each
 * name by gazetteer, cue word, given name, context and the rest of the document, then matches the
 * names it found in the document's headline-style lines.
 *
 * <p>One instance per call; not thread-safe, never shared.
 */
final class RecognitionPass {
  /** One to three digits: an age after a name ("Smith, 43,"). */
  private static final Pattern AGE = Pattern.compile("\\d{1,3}");

  private static final int STRONG = 3;
  private static final int CONTEXT = 2;
  private static final int WEAK = 1;

  private static final Set<String> FUNCTION_POS =
      Set.of(
          "DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "ADV", "VERB", "NUM", "INTJ",
          "SYM", "PUNCT");

  /** A model or product number: "Q10", "AK-47", "F-16". */
  private static final Pattern MODEL_NAME = Pattern.compile("\\p{Lu}\\p{L}*(-?\\d+)+\\p{L}*");

  /** An acronym: "FBI", "AT&T", "U.S.". */
  private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}&.]{2,}(-[\\p{Lu}&.]{2,})*");

  /** A roman numeral, which may end a name ("World War II") but not start one. */
  static final Pattern ROMAN = Pattern.compile("[IVXL]{1,5}");

  /** A word with capitals inside that is no Mc-, Mac-, De- or O'- surname: "RussiaToday". */
  private static final Pattern INNER_CAPITALS =
      Pattern.compile("(?!Mc|Mac|De|Di|Du|La|Le|Van|Von|O')\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");

  /** "based", "led": a name glued to one of these is a place or an organisation. */
  private static final Pattern AFFIXED = Pattern.compile("-(based|led|backed|owned|run|made)$");

  /** "CPUs", "MPs": the plural of a common abbreviation. */
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");

  // Context word sets, one per rule, read from context-words.txt (the comments there say which).
  private final Set<String> functionWords;
  private final Set<String> particles;
  private final Set<String> andHeads;
  private final Set<String> pluralPossessors;
  private final Set<String> sayVerbs;
  private final Set<String> personRoles;
  private final Set<String> personPossessions;
  private final Set<String> orgNext;
  private final Set<String> placeNext;
  private final Set<String> workNouns;
  private final Set<String> titleVerbs;
  private final Set<String> nativeNext;
  private final Set<String> surnameCues;
  private final Set<String> placeHeads;
  private final Set<String> sayNext;
  private final Set<String> titleJoiners;
  private final Set<String> eventNext;
  private final Set<String> placeOf;
  private final Set<String> personNext;
  private final Set<String> genericCues;
  private final Set<String> nameSuffixes;
  private final Set<String> productNext;
  private final Set<String> releases;
  private final Set<String> orgPrev;
  private final Set<String> personNouns;
  private final Set<String> placeNouns;
  private final Set<String> shortCapitalWords;
  private final Set<String> placePrepositions;

  private final EntityLexicon lexicon;
  private final String text;
  private final List<List<Word>> lines;
  private final boolean[] headline;
  private final Set<String> midCaps = new HashSet<>();
  private final Set<String> lowerWords = new HashSet<>();
  private final List<Candidate> candidates = new ArrayList<>();

  /** Sentence-initial proper nouns without evidence yet: {line, word}. */
  private final List<int[]> deferred = new ArrayList<>();

  /** A name found in a line: words [from, to), its type so far and how sure that type is. */
  private static final class Candidate {
    final int line;
    final int from;
    final int to;
    final boolean keepThe;
    EntityType type;
    int strength;
    String key;
    boolean byGivenName;

    Candidate(int line, int from, int to, boolean keepThe, EntityType type, int strength) {
      this.line = line;
      this.from = from;
      this.to = to;
      this.keepThe = keepThe;
      this.type = type;
      this.strength = type == null ? 0 : strength;
    }
  }

  RecognitionPass(EntityLexicon lexicon, String text, List<List<Word>> lines) {
    this.lexicon = lexicon;
    this.text = text;
    this.lines = lines;
    this.headline = new boolean[lines.size()];
    this.functionWords = lexicon.words("function-words");
    this.particles = lexicon.words("particles");
    this.andHeads = lexicon.words("and-heads");
    this.pluralPossessors = lexicon.words("plural-possessors");
    this.sayVerbs = lexicon.words("say-verbs");
    this.personRoles = lexicon.words("person-roles");
    this.personPossessions = lexicon.words("person-possessions");
    this.orgNext = lexicon.words("org-next");
    this.placeNext = lexicon.words("place-next");
    this.workNouns = lexicon.words("work-nouns");
    this.titleVerbs = lexicon.words("title-verbs");
    this.nativeNext = lexicon.words("native-next");
    this.surnameCues = lexicon.words("surname-cues");
    this.placeHeads = lexicon.words("place-heads");
    this.sayNext = lexicon.words("say-next");
    this.titleJoiners = lexicon.words("title-joiners");
    this.eventNext = lexicon.words("event-next");
    this.placeOf = lexicon.words("place-of");
    this.personNext = lexicon.words("person-next");
    this.genericCues = lexicon.words("generic-cues");
    this.nameSuffixes = lexicon.words("name-suffixes");
    this.productNext = lexicon.words("product-next");
    this.releases = lexicon.words("releases");
    this.orgPrev = lexicon.words("org-prev");
    this.personNouns = lexicon.words("person-nouns");
    this.placeNouns = lexicon.words("place-nouns");
    this.shortCapitalWords = lexicon.words("short-capital-words");
    this.placePrepositions = lexicon.words("place-prepositions");
  }

  List<EntityMention> run() {
    for (int i = 0; i < lines.size(); i++) {
      headline[i] = isHeadline(lines.get(i));
    }
    collectWordStatistics();
    for (int i = 0; i < lines.size(); i++) {
      if (!headline[i]) {
        for (int[] run : runs(lines.get(i))) {
          segment(i, run[0], run[1], false);
        }
      }
    }
    typeByDocument();
    typeByContext();
    typeByFallback();
    candidates.removeIf(c -> c.type == null);
    harmonizeSameNames();
    matchHeadlines();
    resolveDeferred();
    return mentions();
  }

  // ---------------------------------------------------------------- document statistics

  /** A line in title case ("Female Employee Yvonne Hiller Kills Two In Kraft Shooting"). */
  private static boolean isHeadline(List<Word> words) {
    int content = 0;
    int capitalised = 0;
    int common = 0;
    int commonCapitalised = 0;
    for (Word w : words) {
      String c = w.core();
      if (c.length() >= 4 && Character.isLetter(c.charAt(0))) {
        boolean upper = Character.isUpperCase(c.charAt(0));
        content++;
        capitalised += upper ? 1 : 0;
        if (!w.propn()) {
          common++;
          commonCapitalised += upper ? 1 : 0;
        }
      }
    }
    if (content < 3 || capitalised < 0.7 * content) {
      return false;
    }
    // Names alone do not make a headline ("the Biloxi Sun Herald reported Wednesday."): its
    // common words must be capitalised too, or, with none, it must not end like a sentence.
    if (common > 0) {
      return commonCapitalised >= 0.7 * common;
    }
    String last = words.get(words.size() - 1).raw();
    return !(last.endsWith(".") || last.endsWith("!") || last.endsWith("?"));
  }

  private void collectWordStatistics() {
    for (int i = 0; i < lines.size(); i++) {
      List<Word> words = lines.get(i);
      for (int k = 0; k < words.size(); k++) {
        Word w = words.get(k);
        if (!w.hasCore()) {
          continue;
        }
        String c = w.core();
        if (Character.isLowerCase(c.charAt(0))) {
          lowerWords.add(c);
        } else if (!headline[i] && !w.sentenceStart() && w.upper() && !middleOfName(words, k)) {
          midCaps.add(c);
        }
      }
    }
  }

  /** Whether word k stands between two capitalised words ("High" in "Banstead High Street"). */
  private static boolean middleOfName(List<Word> words, int k) {
    return k > 0 && k + 1 < words.size() && words.get(k - 1).upper() && words.get(k + 1).upper();
  }

  /** Whether a capitalised word is a name elsewhere in the document: capitalised mid-sentence. */
  private boolean known(String core) {
    return midCaps.contains(core) && !lowerWords.contains(core.toLowerCase(Locale.ROOT));
  }

  private boolean lowerElsewhere(String core) {
    return lowerWords.contains(core.toLowerCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- runs of capitalised words

  private boolean capitalised(Word w) {
    if (!w.hasCore() || w.handle()) {
      return false;
    }
    String c = w.core();
    int first = c.codePointAt(0);
    if (Character.isUpperCase(first)) {
      // "THURSDAY" and "FROM" in a shouted headline are words; "US" is no "Us".
      String t = c.length() > 3 ? EntityLexicon.titleCase(c) : c;
      if (functionWords.contains(t)
          || shortCapitalWords.contains(c)
          || lexicon.breaker(c)
          || lexicon.breaker(EntityLexicon.titleCase(c))) {
        return false;
      }
      return !(w.allCaps()
          && (lexicon.nonEntity(c) || lexicon.nonEntity(t) || c.length() >= 4 && shoutedWord(w)));
    }
    if (Character.isLowerCase(first)) {
      return camelCase(c);
    }
    return false;
  }

  /** An all-capitals common word ("A HUGE fire"), not an acronym: tagged as a content word. */
  private static boolean shoutedWord(Word w) {
    String pos = w.pos();
    return pos.equals("ADJ") || pos.equals("VERB") || pos.equals("ADV") || pos.equals("AUX");
  }

  /** "iPhone", "eWEEK", "al-Qaeda". */
  private static boolean camelCase(String c) {
    if (c.isEmpty() || !Character.isLowerCase(c.charAt(0))) {
      return false;
    }
    for (int i = 1; i < c.length(); i++) {
      if (Character.isUpperCase(c.charAt(i))) {
        return true;
      }
      if (!Character.isLetter(c.charAt(i)) && c.charAt(i) != '-') {
        return false;
      }
    }
    return false;
  }

  /** Whether a word may continue a run: capitalised, or a number-like name part ("76ers"). */
  private boolean inner(Word w) {
    if (w.rawStart() != w.start()) {
      return false;
    }
    if (capitalised(w)) {
      return true;
    }
    String c = w.core();
    if (!w.sentenceStart()
        && functionWords.contains(c)
        && !c.equals("I")
        && !c.startsWith("I'")
        && !w.allCaps()) {
      // A capitalised "Who" or "It" inside a name is part of a title ("Doctor Who").
      return true;
    }
    return !c.isEmpty()
        && Character.isDigit(c.charAt(0))
        && c.chars().anyMatch(Character::isLetter)
        && !c.contains("-");
  }

  /** Whether a run may go on past word j (no punctuation after it). */
  private boolean open(List<Word> words, int j) {
    Word w = words.get(j);
    if (w.possessive()) {
      // "Men's Central Jail", "Sam's Club": a possessive inside a name.
      return pluralPossessors.contains(w.core())
          || j + 1 < words.size() && lexicon.cue(words.get(j + 1).core()) != null;
    }
    return w.rawEnd() == w.end();
  }

  private List<int[]> runs(List<Word> words) {
    List<int[]> runs = new ArrayList<>();
    int n = words.size();
    int i = 0;
    while (i < n) {
      Word w = words.get(i);
      boolean the = w.core().equals("The") && !w.sentenceStart() && w.rawEnd() == w.end();
      if (!(capitalised(w) && !roman(w.core()) || the && i + 1 < n && inner(words.get(i + 1)))) {
        i++;
        continue;
      }
      // After "the film" or "called", small words join a title: "The Thick of It".
      boolean work =
          workNouns.contains(lower(words, i - 1))
              || titleVerbs.contains(lower(words, i - 1))
                  && workNouns.contains(lower(words, i - 2));
      int j = i;
      while (open(words, j)) {
        int k = j + 1;
        if (k < n && inner(words.get(k))) {
          j = k;
        } else if (k + 1 < n && connects(words, i, j, k) && inner(words.get(k + 1))) {
          j = k + 1;
        } else if (k + 2 < n
            && words.get(k).core().equals("of")
            && words.get(k + 1).core().equals("the")
            && connects(words, i, j, k)
            && inner(words.get(k + 2))) {
          j = k + 2;
        } else if (work
            && k + 1 < n
            && titleJoiners.contains(words.get(k).core())
            && inner(words.get(k + 1))) {
          j = k + 1;
        } else {
          break;
        }
      }
      runs.add(new int[] {i, j + 1});
      i = j + 1;
    }
    return runs;
  }

  /** {@code ROMAN.matcher(core).matches()} without a matcher: this runs for every name word. */
  static boolean roman(String core) {
    if (core.isEmpty() || core.length() > 5) {
      return false;
    }
    for (int i = 0; i < core.length(); i++) {
      if ("IVXL".indexOf(core.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lower-case word k joins the run [i, j] to the next capitalised word. */
  private boolean connects(List<Word> words, int i, int j, int k) {
    Word c = words.get(k);
    if (c.raw().equals("&")) {
      return true;
    }
    if (c.rawStart() != c.start() || c.rawEnd() != c.end()) {
      return false;
    }
    String w = c.core();
    if (particles.contains(w)) {
      return true;
    }
    String last = words.get(j).core();
    boolean cueSeen = false;
    boolean titleSeen = false;
    boolean andHead = false;
    boolean university = false;
    for (int m = i; m <= j; m++) {
      String core = words.get(m).core();
      cueSeen |= lexicon.cue(core) != null;
      titleSeen |= lexicon.title(core);
      andHead |= andHeads.contains(core);
      university |= core.equals("University") || core.equals("College");
    }
    switch (w) {
      case "of":
        return lexicon.cue(last) != null || lexicon.title(last) || cueSeen && !titleSeen;
      case "for":
        return lexicon.cue(last) == EntityType.ORGANIZATION || andHead;
      case "and":
        return andHead && !titleSeen && containsWord(words, i, j, "of", "for");
      case "at":
        return university && !titleSeen;
      default:
        return false;
    }
  }

  private static boolean containsWord(List<Word> words, int i, int j, String a, String b) {
    for (int m = i; m <= j; m++) {
      String c = words.get(m).core();
      if (c.equals(a) || c.equals(b)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- segmenting and typing a run

  private String key(List<Word> words, int a, int b) {
    return EntityLexicon.normalize(text.substring(words.get(a).start(), words.get(b - 1).end()));
  }

  private EntityType gazetteer(List<Word> words, int a, int b) {
    EntityType t = lexicon.name(key(words, a, b));
    if (t == null && words.get(b - 1).possessive()) {
      Word last = words.get(b - 1);
      String withS = text.substring(words.get(a).start(), last.rawEnd());
      t = lexicon.name(EntityLexicon.normalize(withS));
    }
    return t;
  }

  /** Splits and types the run [a, b) of line li; adds what it finds to the candidates. */
  private void segment(int li, int a, int b, boolean afterTitle) {
    List<Word> words = lines.get(li);
    if (a >= b) {
      return;
    }
    boolean keepThe = false;
    if (words.get(a).core().equals("The") && b - a > 1 && quotedTitle(words, a, b) && !afterTitle) {
      EntityType t = gazetteer(words, a, b);
      add(li, a, b, false, t == null ? EntityType.OTHER : t, STRONG);
      return;
    }
    if (words.get(a).core().equals("The")) {
      EntityType known = b - a > 1 ? lexicon.name(key(words, a, b)) : null;
      if (known != null) {
        add(li, a, b, false, known, STRONG);
        return;
      }
      keepThe = !words.get(a).sentenceStart();
      a++;
      if (a >= b) {
        return;
      }
    }
    if (quotedTitle(words, a, b) && !afterTitle) {
      EntityType t = gazetteer(words, a, b);
      add(li, a, b, keepThe, t == null ? EntityType.OTHER : t, STRONG);
      return;
    }
    EntityType whole = gazetteer(words, a, b);
    if (whole != null && acceptStart(words, a, b, true)) {
      add(li, a, b, keepThe, whole, STRONG);
      return;
    }
    int[] chain = titleChain(words, a, b);
    if (chain != null) {
      segment(li, a, chain[0], false);
      segment(li, chain[1], b, true);
      return;
    }
    if (!afterTitle && !acceptStart(words, a, b, false)) {
      Word w = words.get(a);
      if (b - a == 1 && w.propn() && !lowerElsewhere(w.core())) {
        deferred.add(new int[] {li, a}); // decided once the whole document is read
      }
      segment(li, a + 1, b, false);
      return;
    }
    int cue = rightmostCue(words, a, b);
    if (cue >= 0) {
      if (onlyCues(words, a, b)) {
        if (keepThe && lexicon.cue(words.get(b - 1).core()) == EntityType.ORGANIZATION) {
          add(li, a, b, true, EntityType.ORGANIZATION, STRONG); // "The Post"
        }
        return;
      }
      boolean surnameLike =
          b - a == 2
              && cue == a + 1
              && lexicon.givenName(words.get(a).core())
              && surnameCues.contains(words.get(cue).core());
      if (!surnameLike) {
        add(li, a, b, keepThe, lexicon.cue(words.get(cue).core()), STRONG);
        return;
      }
    }
    while (a < b
        && demonymAt(words, a, b) > 0
        && !(b - a >= 2 && lexicon.givenName(words.get(a).core()))) {
      a += demonymAt(words, a, b);
    }
    if (a >= b || b - a <= 2 && lexicon.demonym(words.get(b - 1).core())) {
      return; // "Central Asian": an adjective
    }
    boolean givenFirst = b - a >= 2 && lexicon.givenName(words.get(a).core());
    if (!givenFirst && splitKnownPrefix(li, words, a, b, keepThe)) {
      return;
    }
    String key = key(words, a, b);
    if (lexicon.nonEntity(key) || lexicon.title(key)) {
      return;
    }
    if (afterTitle) {
      add(li, a, b, false, EntityType.PERSON, STRONG);
    } else if (b - a >= 2 && lexicon.givenName(words.get(a).core())) {
      add(li, a, b, false, EntityType.PERSON, words.get(a).allCaps() ? CONTEXT : STRONG);
      candidates.get(candidates.size() - 1).byGivenName = true;
    } else {
      add(li, a, b, keepThe, null, 0);
    }
  }

  private void add(int li, int a, int b, boolean keepThe, EntityType type, int strength) {
    Candidate c = new Candidate(li, a, b, keepThe, type, strength);
    c.key = key(lines.get(li), a, b);
    candidates.add(c);
  }

  /** A capitalised run in quotes: a title ("Catching Fire", "Happy Birthday"). */
  private boolean quotedTitle(List<Word> words, int a, int b) {
    if (b - a > 8 || !quoteBefore(words.get(a).start()) || !quoteAfter(words.get(b - 1).end())) {
      return false;
    }
    char open = text.charAt(quoteIndexBefore(words.get(a).start()));
    char close = text.charAt(quoteIndexAfter(words.get(b - 1).end()));
    return open == '"' && close == '"'
        || open == '“' && close == '”'
        || (open == '\'' || open == '‘') && (close == '\'' || close == '’');
  }

  private int quoteIndexBefore(int offset) {
    int i = offset - 1;
    return i >= 0 && text.charAt(i) == ' ' ? i - 1 : i;
  }

  private int quoteIndexAfter(int offset) {
    int i = offset;
    if (i < text.length() && ".,!?".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
  }

  private boolean quoteBefore(int offset) {
    int i = offset - 1;
    if (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && isQuote(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
  }

  private boolean quoteAfter(int offset) {
    int i = offset;
    if (i < text.length() && ".,!?".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && isQuote(text.charAt(i));
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’';
  }

  /**
   * Whether the first word of [a, b) may start a name. Mid-sentence capitals count; at a sentence
   * start the word must be a known name, a given name, a name used elsewhere in the document, or
   * the head of a several-word proper-noun run.
   */
  private boolean acceptStart(List<Word> words, int a, int b, boolean known) {
    Word w = words.get(a);
    if (!w.sentenceStart()) {
      return true;
    }
    String core = w.core();
    if (known) {
      return b - a > 1
          || w.allCaps()
          || !lowerElsewhere(core) && !FUNCTION_POS.contains(w.pos())
          || known(core);
    }
    if (known(core)) {
      return true;
    }
    for (int k = Math.min(b, a + lexicon.maxNameWords()); k > a + 1; k--) {
      if (lexicon.name(key(words, a, k)) != null) {
        return true;
      }
    }
    if (w.allCaps() && lexicon.name(core) != null) {
      return true;
    }
    if (FUNCTION_POS.contains(w.pos()) && !w.propn()) {
      return false;
    }
    if (b - a == 1 && !lowerElsewhere(core) && b < words.size()) {
      Word next = words.get(b);
      boolean pluralNoun = w.pos().equals("NOUN") && core.endsWith("s"); // "Officials said"
      if (w.possessive() || w.rawEnd() == w.end() && sayNext.contains(next.core()) && !pluralNoun) {
        return true;
      }
    }
    if (lexicon.givenName(core) && !lowerElsewhere(core)) {
      return true;
    }
    return b - a >= 2 && !lowerElsewhere(core) && (w.propn() || words.get(a + 1).propn());
  }

  /** The title chain in [a, b) as {start, end}, or null: "Deputy Prosecuting Attorney". */
  private int[] titleChain(List<Word> words, int a, int b) {
    for (int p = a; p < b; p++) {
      int len = titleAt(words, p, b);
      if (len == 0) {
        continue;
      }
      int start = p;
      while (start > a && lexicon.titleModifier(words.get(start - 1).core())) {
        start--;
      }
      // "Oregon State Police Lt. Gregg Hastings": cue words after a name stay with it.
      while (start > a && start < p && lexicon.cue(words.get(start).core()) != null) {
        start++;
      }
      int end = p + len;
      while (end < b) {
        int m = end;
        while (m < b && lexicon.titleModifier(words.get(m).core())) {
          m++;
        }
        int more = m < b ? titleAt(words, m, b) : 0;
        if (more == 0) {
          break;
        }
        end = m + more;
      }
      if (end < b && (rightmostCue(words, end, b) >= 0 || gazetteer(words, end, b) != null)) {
        if (gazetteer(words, end, b) != EntityType.PLACE || rightmostCue(words, end, b) >= 0) {
          return null;
        }
      }
      if (end == b && rightmostCue(words, a, start) >= 0) {
        return null; // "Department of Criminal Justice": a title word at the end of a name
      }
      if (start == a && end == b) {
        return new int[] {a, b};
      }
      return new int[] {start, end};
    }
    return null;
  }

  /** The number of words of the longest title starting at p, or 0. */
  private int titleAt(List<Word> words, int p, int b) {
    for (int len = Math.min(lexicon.maxTitleWords(), b - p); len > 0; len--) {
      if (lexicon.title(key(words, p, p + len))) {
        // A title is only a title before a name or at the end of the run.
        return len;
      }
    }
    return 0;
  }

  /** "Police Department", "Board": cue words only, a description rather than a name. */
  private boolean onlyCues(List<Word> words, int a, int b) {
    for (int m = a; m < b; m++) {
      if (!genericCues.contains(words.get(m).core())) {
        return false;
      }
    }
    return true;
  }

  private int rightmostCue(List<Word> words, int a, int b) {
    for (int m = b - 1; m >= a; m--) {
      if (lexicon.cue(words.get(m).core()) != null) {
        return m;
      }
    }
    return -1;
  }

  /** The number of words of a nationality or group word at a ("Afghan", "South Korean"), or 0. */
  private int demonymAt(List<Word> words, int a, int b) {
    if (a + 1 < b && lexicon.demonym(key(words, a, a + 2))) {
      return 2;
    }
    return lexicon.demonym(words.get(a).core()) ? 1 : 0;
  }

  /**
   * Splits a known name off the start of the run ("BBC Capaldi"), keeping team and branch names
   * whole ("Philadelphia 76ers", "T-Mobile USA"). Returns whether it handled the run.
   */
  private boolean splitKnownPrefix(int li, List<Word> words, int a, int b, boolean keepThe) {
    for (int k = Math.min(b, a + lexicon.maxNameWords()); k > a; k--) {
      EntityType t = gazetteer(words, a, k);
      if (t == null) {
        continue;
      }
      if (k == b) {
        add(li, a, b, keepThe, t, STRONG);
        return true;
      }
      EntityType rest = gazetteer(words, k, b);
      if (t == EntityType.PLACE && rest == EntityType.ORGANIZATION
          || t == EntityType.ORGANIZATION && rest == EntityType.PLACE) {
        add(li, a, b, keepThe, EntityType.ORGANIZATION, STRONG);
        return true;
      }
      if (k - a == 1 && words.get(a).sentenceStart() && lowerElsewhere(words.get(a).core())) {
        return false;
      }
      add(li, a, k, keepThe, t, STRONG);
      segment(li, k, b, false);
      return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- typing by the document

  /**
   * Types unknown names from the names the document types for sure: "Ghani" after "Ashraf Ghani".
   */
  private void typeByDocument() {
    Map<String, EntityType> sure = new HashMap<>();
    Map<String, EntityType> personParts = new HashMap<>();
    Map<String, EntityType> orgHeads = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.strength < STRONG) {
        continue;
      }
      sure.merge(c.key, c.type, RecognitionPass::first);
      List<Word> words = lines.get(c.line);
      int n = c.to - c.from;
      if (c.type == EntityType.PERSON && n >= 2) {
        for (int m = c.from; m < c.to; m++) {
          String core = words.get(m).core();
          if (core.length() > 2 && !core.endsWith(".")) {
            personParts.put(core, EntityType.PERSON);
            personParts.put(EntityLexicon.titleCase(core), EntityType.PERSON);
          }
          if (m > c.from) {
            personParts.put(key(words, m, c.to), EntityType.PERSON);
          }
        }
      } else if (c.type == EntityType.ORGANIZATION
          && n >= 2
          && lexicon.cue(words.get(c.to - 1).core()) != null
          && lexicon.name(key(words, c.from, c.to - 1)) == null) {
        // "Kraft" after "Kraft Foods", "Betty Ford" after "Betty Ford Center".
        orgHeads.put(key(words, c.from, c.to - 1), EntityType.ORGANIZATION);
      }
    }
    for (Candidate c : candidates) {
      if (c.strength == STRONG) {
        if (c.byGivenName && orgHeads.containsKey(c.key)) {
          c.type = EntityType.ORGANIZATION;
        } else if (c.to - c.from == 1
            && c.type != EntityType.PERSON
            && personParts.containsKey(c.key)
            && sure.get(c.key) != EntityType.PERSON) {
          // "Jordan" and "Ford" are people where the document names "Phil Ford".
          c.type = EntityType.PERSON;
        }
        continue;
      }
      if (c.strength >= CONTEXT) {
        continue;
      }
      EntityType t = sure.get(c.key);
      if (t == null) {
        t = orgHeads.get(c.key);
      }
      if (t == null) {
        t = personParts.get(c.key);
      }
      if (t != null) {
        c.type = t;
        c.strength = CONTEXT;
      }
    }
  }

  private void typeByContext() {
    for (Candidate c : candidates) {
      if (c.type != null) {
        continue;
      }
      EntityType t = contextType(c);
      if (t != null) {
        c.type = t;
        c.strength = CONTEXT;
      }
    }
    typeByCoordination();
  }

  /**
   * Names listed together share a type: "south of Lakeport and west of Clearlake", "Sacramento,
   * Woodland and Roseville". An untyped name takes the type of its typed neighbour in the list.
   */
  private void typeByCoordination() {
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k + 1 < candidates.size(); k++) {
        Candidate x = candidates.get(k);
        Candidate y = candidates.get(k + 1);
        if (x.line != y.line || !coordinated(lines.get(x.line), x.to, y.from)) {
          continue;
        }
        if (x.type == null && y.type != null && y.strength >= CONTEXT) {
          x.type = y.type;
          x.strength = CONTEXT;
        } else if (y.type == null && x.type != null && x.strength >= CONTEXT) {
          y.type = x.type;
          y.strength = CONTEXT;
        }
      }
    }
  }

  /** Whether only ",", "and", "or" stand between word indices from and to. */
  private static boolean coordinated(List<Word> words, int from, int to) {
    if (to <= from || to - from > 2) {
      return false;
    }
    for (int m = from; m < to; m++) {
      String w = lower(words, m);
      if (!(w.equals(",") || w.equals("and") || w.equals("or"))) {
        return false;
      }
    }
    return true;
  }

  private static String lower(List<Word> words, int i) {
    if (i < 0 || i >= words.size()) {
      return "";
    }
    Word w = words.get(i);
    return (w.hasCore() ? w.core() : w.raw()).toLowerCase(Locale.ROOT);
  }

  /** The index of the first word after a name and any names listed with it ("X, Y and Z"). */
  private int afterList(List<Word> words, int to) {
    int i = to;
    while (i + 1 < words.size()) {
      String w = lower(words, i);
      if (!(w.equals(",") || w.equals("and") || w.equals("or")) || !capitalised(words.get(i + 1))) {
        break;
      }
      i++;
      while (i < words.size() && inner(words.get(i)) && open(words, i)) {
        i++;
      }
    }
    return i;
  }

  private EntityType contextType(Candidate c) {
    List<Word> words = lines.get(c.line);
    Word first = words.get(c.from);
    Word last = words.get(c.to - 1);
    boolean single = c.to - c.from == 1;
    int before = c.keepThe ? c.from - 1 : c.from; // look past a kept "The"
    String prev = lower(words, before - 1);
    String prev2 = lower(words, before - 2);
    String next = lower(words, c.to);
    String next2 = lower(words, c.to + 1);
    String listNext = lower(words, afterList(words, c.to));
    boolean clean = last.rawEnd() == last.end();
    if (last.possessive()) {
      if (personPossessions.contains(next)) {
        return EntityType.PERSON;
      }
      if (orgNext.contains(next)) {
        return EntityType.ORGANIZATION;
      }
    }
    if (clean || !last.possessive() && next.equals(",")) {
      if (placeNext.contains(listNext)) {
        return EntityType.PLACE;
      }
      if (orgNext.contains(listNext)) {
        return EntityType.ORGANIZATION;
      }
      if (eventNext.contains(next)) {
        return EntityType.OTHER;
      }
    }
    if (clean && sayVerbs.contains(next) && !(single && first.allCaps())) {
      return EntityType.PERSON;
    }
    if (next.equals(",")) {
      if (next2.equals("who") || next2.equals("whose")) {
        return EntityType.PERSON;
      }
      if (AGE.matcher(next2).matches() && lower(words, c.to + 2).equals(",")) {
        return EntityType.PERSON;
      }
      if (c.to + 1 < words.size() && lexicon.name(words.get(c.to + 1).core()) == EntityType.PLACE) {
        return EntityType.PLACE;
      }
    }
    if (prev.equals("said") || prev.equals("says")) {
      return EntityType.PERSON;
    }
    if (workNouns.contains(prev)) {
      return EntityType.OTHER;
    }
    if (titleVerbs.contains(prev) && !prev2.isEmpty()) {
      return calledType(prev2); // "a technology called Freedom Fabric"
    }
    if (single && clean && nativeNext.contains(next)) {
      return EntityType.PLACE;
    }
    if (personRoles.contains(prev) && !first.allCaps()) {
      return EntityType.PERSON;
    }
    if (prev.equals("of") && placeOf.contains(prev2) && !first.allCaps()) {
      return EntityType.PLACE; // "north of Lakeport", "the town of Bireuen"
    }
    if (clean && personNext.contains(next)) {
      return EntityType.PERSON; // "the Bush administration"
    }
    if (placePrepositions.contains(prev) && !first.allCaps() && !last.possessive()) {
      return EntityType.PLACE;
    }
    if ((prev.equals("told") || prev.equals("to") && prev2.equals("according") || prev.equals("on"))
        && (first.allCaps() || camelCase(first.core()))) {
      return EntityType.ORGANIZATION;
    }
    if (!single && placeHeads.contains(first.core())) {
      return EntityType.PLACE;
    }
    if (single && (camelCase(first.core()) || MODEL_NAME.matcher(first.core()).matches())) {
      return EntityType.OTHER; // "the iPhone", "the Q10"
    }
    if (productNext.contains(next)
        || next.length() > 0
            && Character.isLowerCase(next.charAt(0))
            && !sayVerbs.contains(next)
            && productNext.contains(next2)) {
      return EntityType.OTHER; // "iPhoto software", "Garageband music software"
    }
    if (prev.equals("of") && releases.contains(prev2)) {
      return EntityType.OTHER; // "a new version of iMovie"
    }
    if (orgPrev.contains(prev)) {
      return EntityType.ORGANIZATION; // "the carrier T-Mobile", "the newspaper Le Monde"
    }
    if (prev.equals("the")) {
      return EntityType.ORGANIZATION;
    }
    return null;
  }

  /** The type of a name after "a ... called": by the noun before "called". */
  private EntityType calledType(String noun) {
    if (personNouns.contains(noun)) {
      return EntityType.PERSON;
    }
    if (placeNouns.contains(noun)) {
      return EntityType.PLACE;
    }
    if (orgPrev.contains(noun)) {
      return EntityType.ORGANIZATION;
    }
    return EntityType.OTHER;
  }

  private void typeByFallback() {
    for (Candidate c : candidates) {
      if (c.type != null) {
        continue;
      }
      List<Word> words = lines.get(c.line);
      Word first = words.get(c.from);
      boolean single = c.to - c.from == 1;
      String core = first.core();
      if (!nameLike(words, c.from, c.to)) {
        continue;
      }
      if (single
          && first.pos().equals("NOUN")
          && core.endsWith("s")
          && !first.possessive()
          && !first.allCaps()) {
        continue; // "reported by Authorities": a capitalised plural noun, no evidence of a name
      }
      if (single && ACRONYM.matcher(core).matches() && core.length() <= 6) {
        c.type = EntityType.ORGANIZATION;
      } else if (single && (MODEL_NAME.matcher(core).matches() || camelCase(core))) {
        c.type = EntityType.OTHER;
      } else if (single && INNER_CAPITALS.matcher(core).matches()) {
        c.type = EntityType.ORGANIZATION; // "RussiaToday", "OpenWorld"
      } else if (!single && allWords(words, c, Word::allCaps)) {
        c.type = EntityType.ORGANIZATION; // "EYP MCF"
      } else if (!single && nameSuffixes.contains(words.get(c.to - 1).core())) {
        c.type = EntityType.PERSON; // "Arcade Joseph Comeaux Jr."
      } else if (!single
          && !lexicon.givenName(core)
          && words.get(c.to - 1).pos().equals("NOUN")
          && !personRoles.contains(lower(words, c.from - 1))) {
        c.type = EntityType.ORGANIZATION; // "Morningside Recovery": a common noun inside
      } else if (single
          && first.raw().length() > first.end() - first.rawStart()
          && AFFIXED.matcher(first.raw()).find()) {
        c.type = EntityType.ORGANIZATION; // "Opteron-based", "Taliban-led": no person
      } else if (single && core.equals(core.toUpperCase(Locale.ROOT))
          || PLURAL_ACRONYM.matcher(core).matches()) {
        continue; // "A-Z": no letters of a name
      } else {
        c.type = EntityType.PERSON;
      }
      c.strength = WEAK;
    }
  }

  private static boolean allWords(
      List<Word> words, Candidate c, java.util.function.Predicate<Word> test) {
    for (int m = c.from; m < c.to; m++) {
      if (!test.test(words.get(m))) {
        return false;
      }
    }
    return true;
  }

  /** Of two types for one name, the one first in declaration order: independent of text order. */
  private static EntityType first(EntityType a, EntityType b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** Whether every word is made of letters, digits and name punctuation only ("GMT+05" is not). */
  private static boolean nameLike(List<Word> words, int from, int to) {
    for (int m = from; m < to; m++) {
      String core = words.get(m).core();
      for (int i = 0; i < core.length(); i++) {
        char ch = core.charAt(i);
        if (!Character.isLetterOrDigit(ch) && ".-'’&".indexOf(ch) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Gives every mention of one name the type its surest mentions have. */
  private void harmonizeSameNames() {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Integer> best = new HashMap<>();
    for (Candidate c : candidates) {
      best.merge(c.key, c.strength, Math::max);
    }
    for (Candidate c : candidates) {
      if (c.strength == best.get(c.key)) {
        votes
            .computeIfAbsent(c.key, k -> new EnumMap<>(EntityType.class))
            .merge(c.type, 1, Integer::sum);
      }
    }
    for (Candidate c : candidates) {
      if (c.strength < best.get(c.key)) {
        Map<EntityType, Integer> v = votes.get(c.key);
        c.type = v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      }
    }
  }

  // ---------------------------------------------------------------- headlines

  /** Finds, in title-case lines, the names the body found and the gazetteer knows. */
  private void matchHeadlines() {
    Map<String, EntityType> found = foundNames();
    for (int li = 0; li < lines.size(); li++) {
      if (!headline[li]) {
        continue;
      }
      List<Word> words = lines.get(li);
      int i = 0;
      while (i < words.size()) {
        int matched = matchAt(li, words, i, found);
        i += Math.max(1, matched);
      }
    }
  }

  /** The names found so far with their types; a person's surname stands for the person. */
  private Map<String, EntityType> foundNames() {
    Map<String, EntityType> found = new HashMap<>();
    for (Candidate c : candidates) {
      found.merge(c.key, c.type, RecognitionPass::first);
      List<Word> words = lines.get(c.line);
      if (c.type == EntityType.PERSON && c.to - c.from >= 2) {
        found.putIfAbsent(words.get(c.to - 1).core(), EntityType.PERSON);
      } else if (c.type == EntityType.ORGANIZATION
          && c.to - c.from >= 2
          && lexicon.cue(words.get(c.to - 1).core()) != null) {
        found.putIfAbsent(key(words, c.from, c.to - 1), EntityType.ORGANIZATION); // "Kraft"
      }
    }
    return found;
  }

  /**
   * Adds the sentence-initial proper nouns the rest of the document (headlines included) names:
   * "Comeaux was given..." where the headline names "Joseph Comeaux".
   */
  private void resolveDeferred() {
    Map<String, EntityType> found = foundNames();
    for (int[] d : deferred) {
      List<Word> words = lines.get(d[0]);
      Word w = words.get(d[1]);
      EntityType t = found.get(w.core());
      if (t == null && d[1] + 3 < words.size() && ageFollows(words, d[1] + 1)) {
        t = EntityType.PERSON; // "Comeaux, 49, took ..."
      }
      if (t != null) {
        add(d[0], d[1], d[1] + 1, false, t, CONTEXT);
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.line).thenComparingInt(c -> c.from));
  }

  /** Whether ", 49," follows at word index i. */
  private static boolean ageFollows(List<Word> words, int i) {
    return lower(words, i).equals(",")
        && AGE.matcher(lower(words, i + 1)).matches()
        && lower(words, i + 2).equals(",");
  }

  private int matchAt(int li, List<Word> words, int i, Map<String, EntityType> found) {
    if (!capitalised(words.get(i))) {
      return 0;
    }
    int limit = i + 1;
    while (limit < words.size()
        && limit - i < 6
        && open(words, limit - 1)
        && inner(words.get(limit))) {
      limit++;
    }
    for (int k = limit; k > i; k--) {
      String key = key(words, i, k);
      EntityType t = found.get(key);
      if (t == null) {
        t = lexicon.name(key);
        if (t != null && k - i == 1 && lowerElsewhere(key)) {
          t = null;
        }
      }
      if (t != null) {
        add(li, i, k, false, t, STRONG);
        return k - i;
      }
    }
    if (limit - i >= 2
        && lexicon.givenName(words.get(i).core())
        && words.get(i + 1).propn()
        && lexicon.cue(words.get(i + 1).core()) == null) {
      add(li, i, i + 2, false, EntityType.PERSON, CONTEXT);
      return 2;
    }
    return 0;
  }

  // ---------------------------------------------------------------- output

  private List<EntityMention> mentions() {
    List<EntityMention> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      List<Word> words = lines.get(c.line);
      int start = words.get(c.from).start();
      if (c.keepThe
          && (c.type == EntityType.ORGANIZATION || c.type == EntityType.OTHER)
          && c.from > 0) {
        start = words.get(c.from - 1).start();
      }
      int end = words.get(c.to - 1).end();
      out.add(new EntityMention(text.substring(start, end), start, end, c.type));
    }
    out.sort(Comparator.comparingInt(EntityMention::start));
    return List.copyOf(out);
  }
}
