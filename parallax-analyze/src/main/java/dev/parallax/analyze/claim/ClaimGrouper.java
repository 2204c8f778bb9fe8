package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.ContentWords;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Groups the numeric claims of a story's articles by the thing they measure, and gives each group
 * its {@link Verdict}.
 *
 * <p>A claim joins a group when it has the group's kind, a comparable unit (same currency, same
 * dimension), no value from its source is in the group yet, and either its counted thing
 * {@linkplain Counted#matches matches} the group's ("US troops" and "troops") or names a kindred
 * noun by WordNet with the same modifiers ({@link Counted#kindred}: "teaching jobs" and "teaching
 * posts") or, when either side counts nothing, one counts generic "people" and the other persons of
 * a kind ({@link Counted#genericPeople}), one states an event the other leaves out ({@link
 * Counted#eventOnOneSide}) or one's words are part of the other's ({@link Counted#narrows}), the
 * sentences they come from share at least {@value #MIN_SHARED_CONTEXT} content words making up at
 * least {@value #MIN_CONTEXT_OVERLAP} of the shorter sentence's, or share every content word (at
 * least two) of the shorter one. Content words are compared in American spelling ("travelled" meets
 * "traveled"), each word of a {@link Lexicon} class as its class ("paid" meets "cost", "flew" meets
 * "travelled"), two words WordNet puts in one synonym set by their first senses as one ("film"
 * meets "movie", {@link Senses#stemsAlike}; see {@link #shared}) and without the words of the
 * claims themselves (numbers, hedges, units: "about 120 km" and "75 miles" are what differs, not
 * what the sentence is about). When several groups would take it, one whose counted thing it names
 * wins, then the one whose sentences share most words with its own. Claims are taken in the order
 * given, so a source's first claim about a thing represents it.
 *
 * <p>Beyond those rules, a claim of the group's dimension joins it when nothing in the two claims'
 * {@link ClaimFrame frames} {@linkplain Contrast contrasts} (predicates or counted nouns of
 * different known classes, a target, the object of a mass, other names or dates near them) and
 * their sentences overlap: {@link #looseContextMatch} when both are the only claims of their
 * dimension in their sentences, else the threshold above. Different names or dates near two claims
 * part them even when their counted things match.
 *
 * <p>Two durations also group when their sentences name the same subject once the verbs that bound
 * a span are left out ("the strike lasted 48 hours", "the two-day strike ended on Friday"; see
 * {@link Lexicon#isSpan}): a duration's counted word is the verb or event of the sentence. A
 * duration bounded by such a verb also groups with a duration that qualifies a noun its sentence
 * names ("the heatwave lasted three weeks", "the 10-day heatwave").
 *
 * <p>Dates and ordinals are not grouped: they are not amounts of a thing. A change "from X to Y"
 * gives two counted things ("troops" and "troops (target)", see {@link ClaimExtractor}), so the
 * target level of one source is never compared with the current level of another. Stateless and
 * thread-safe.
 */
public final class ClaimGrouper {
  /** Fewest content words two sentences must share to group claims that count nothing. */
  public static final int MIN_SHARED_CONTEXT = 3;

  /** Least share of the shorter sentence's content words those shared words must make up. */
  public static final double MIN_CONTEXT_OVERLAP = 0.6;

  /**
   * Fewest content words two sentences must share to group the only claims of one dimension in them
   * when nothing contrasts.
   */
  public static final int MIN_SHARED_LOOSE = 1;

  /** Least share of the shorter sentence's content words those shared words must make up. */
  public static final double MIN_OVERLAP_LOOSE = 0.3;

  private final ClaimComparator comparator;

  private ClaimGrouper(ClaimComparator comparator) {
    this.comparator = comparator;
  }

  /**
   * The grouper with the documented rules and the {@linkplain ClaimComparator#standard standard}
   * comparator; reads the WordNet senses table ({@link Senses}) if no grouper has yet.
   */
  public static ClaimGrouper standard() {
    Senses.load();
    Senses.loadSynonyms();
    return new ClaimGrouper(ClaimComparator.standard());
  }

  /**
   * Tags an article's claims with their source and the sentence each came from.
   *
   * @param text the analysed text the claims were extracted from
   */
  public static List<ClaimValue> values(
      String source, String articleId, AnalyzedText text, List<NumericClaim> claims) {
    Objects.requireNonNull(text, "text");
    List<ClaimValue> out = new ArrayList<>(claims.size());
    for (NumericClaim c : claims) {
      String sentence = "";
      for (Sentence s : text.sentences()) {
        if (s.start() <= c.start() && c.start() < Math.max(s.end(), s.start() + 1)) {
          sentence = text.slice(s.start(), s.end());
          break;
        }
      }
      out.add(new ClaimValue(source, articleId, c, sentence));
    }
    return out;
  }

  /** Groups claims by measured thing; every claim but dates and ordinals lands in one group. */
  public List<ClaimGroup> group(List<ClaimValue> values) {
    Objects.requireNonNull(values, "values");
    Map<String, Set<String>> claimWords = new HashMap<>();
    Map<String, List<NumericClaim>> sentenceClaims = new HashMap<>();
    for (ClaimValue v : values) {
      String key = sentenceKey(v);
      claimWords
          .computeIfAbsent(key, k -> new HashSet<>())
          .addAll(synonymClasses(ContentWords.of(Spelling.americanText(v.claim().text()))));
      sentenceClaims.computeIfAbsent(key, k -> new ArrayList<>()).add(v.claim());
    }
    List<Draft> drafts = new ArrayList<>();
    for (ClaimValue v : values) {
      ClaimKind kind = v.claim().kind();
      if (kind == ClaimKind.DATE || kind == ClaimKind.ORDINAL) {
        continue;
      }
      String key = sentenceKey(v);
      Set<String> context = context(v, claimWords.get(key));
      ClaimFrame frame = ClaimFrame.of(v, sentenceClaims.get(key), comparator);
      Draft best = null;
      boolean bestNamed = false;
      int bestShared = -1;
      for (Draft d : drafts) {
        if (!d.accepts(v, context, frame)) {
          continue;
        }
        // a group whose counted thing the claim names comes before one it only shares words with:
        // "19 goals in 25 games" against "in 25 games, nineteen goals" shares every word twice
        boolean named = d.countsTheSame(frame);
        int shared = d.sharedContext(context);
        if (named != bestNamed ? named : shared > bestShared) {
          best = d;
          bestNamed = named;
          bestShared = shared;
        }
      }
      if (best == null) {
        best = new Draft();
        drafts.add(best);
      }
      best.add(v, context, frame);
    }
    List<ClaimGroup> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      out.add(
          new ClaimGroup(
              d.counted, d.values.get(0).claim().kind(), d.values, comparator.verdict(d.values)));
    }
    return List.copyOf(out);
  }

  /** A group being built. */
  private final class Draft {
    final List<ClaimValue> values = new ArrayList<>();
    final List<Set<String>> contexts = new ArrayList<>();
    final List<ClaimFrame> frames = new ArrayList<>();
    String counted = "";
    String rawCounted = "";
    Counted.Parts rawParts;

    void add(ClaimValue v, Set<String> context, ClaimFrame frame) {
      values.add(v);
      contexts.add(context);
      frames.add(frame);
      if (rawCounted.isEmpty() && !v.claim().counted().isEmpty()) {
        rawCounted = v.claim().counted();
        rawParts = frame.counted();
        counted = v.claim().normalizedCounted();
      }
    }

    boolean accepts(ClaimValue v, Set<String> context, ClaimFrame frame) {
      ClaimValue first = values.get(0);
      if (!comparator.comparable(first.claim(), v.claim())) {
        return false;
      }
      for (ClaimValue member : values) {
        if (member.source().equals(v.source())) {
          return false;
        }
      }
      for (ClaimFrame member : frames) {
        if (Contrast.setting(member, frame).isPresent() || Contrast.state(member, frame)) {
          return false; // another place or date: not the same thing, whatever the nouns say
        }
      }
      return namesTheSameThing(v, context, frame.counted())
          || sameDimensionWithoutContrast(context, frame);
    }

    /**
     * Whether a claim of the group's dimension measures the group's thing by the evidence of its
     * frame: nothing in it contrasts with any member's ({@link Contrast}) and its sentence says
     * enough of what a member's says ({@link #looseContextMatch} when both claims are the only ones
     * of their dimension in their sentences and name no different heads, else {@link
     * #contextMatch}: "20 people" and "20 soldiers" need sentences that say the same).
     */
    private boolean sameDimensionWithoutContrast(Set<String> context, ClaimFrame frame) {
      for (ClaimFrame member : frames) {
        if (Contrast.between(member, frame).isPresent()) {
          return false;
        }
      }
      for (int i = 0; i < frames.size(); i++) {
        ClaimFrame member = frames.get(i);
        boolean alone = frame.alone() && member.alone() && frame.headsAllowLooseContext(member);
        Set<String> heads = Set.of();
        if (frame.peopleAndRole(member)) {
          // "people" and "passengers" are what differs there, not what the sentences are about
          heads =
              synonymClasses(
                  ContentWords.of(
                      Spelling.americanText(
                          frame.value().claim().counted()
                              + " "
                              + member.value().claim().counted())));
        }
        if (alone
            ? looseContextMatch(without(context, heads), without(contexts.get(i), heads))
            : contextMatch(context, contexts.get(i))) {
          return true;
        }
      }
      return false;
    }

    /** The rules of counted things and sentences written before grouping by dimension. */
    private boolean namesTheSameThing(ClaimValue v, Set<String> context, Counted.Parts parts) {
      ClaimValue first = values.get(0);
      if (bothDurations(first.claim(), v.claim())) {
        for (int i = 0; i < contexts.size(); i++) {
          Set<String> other = contexts.get(i);
          String memberCounted = values.get(i).claim().counted();
          if (sameSubject(context, other)
              || spanOfNoun(memberCounted, other, v.claim().counted())
              || spanOfNoun(v.claim().counted(), context, memberCounted)) {
            return true;
          }
        }
      }
      String c = v.claim().counted();
      if (!c.isEmpty() && !rawCounted.isEmpty()) {
        if (Counted.matches(rawParts, parts) || Counted.kindred(rawParts, parts)) {
          return true;
        }
        boolean people =
            Counted.genericPeople(rawParts, parts)
                || (bothAges(first.claim(), v.claim()) && Counted.bothPersons(rawParts, parts));
        if (!people
            && !Counted.eventOnOneSide(rawParts, parts)
            && !Counted.narrows(rawParts, parts)
            && !bothDurations(first.claim(), v.claim())) {
          return false;
        }
        // "people" and "workers", "flights" and "flights cancelled", "average house" and
        // "average house price", "lasted three weeks" and "ran for 21 days": the same thing only
        // if the sentences say the same thing; "people" and "visitors" are what differs there
        if (people) {
          Set<String> heads = synonymClasses(ContentWords.of(Spelling.americanText(c)));
          heads.addAll(synonymClasses(ContentWords.of(Spelling.americanText(rawCounted))));
          return anyContextMatch(without(context, heads), heads);
        }
      } else if (c.isEmpty() != rawCounted.isEmpty()
          && hasQualifier(c.isEmpty() ? rawCounted : c)) {
        return false;
      }
      return anyContextMatch(context, Set.of());
    }

    private boolean anyContextMatch(Set<String> context, Set<String> ignored) {
      for (Set<String> other : contexts) {
        if (contextMatch(context, without(other, ignored))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a claim's counted phrase matches the group's ({@link Counted#matches}). */
    boolean countsTheSame(ClaimFrame frame) {
      return rawParts != null
          && !frame.value().claim().counted().isEmpty()
          && Counted.matches(rawParts, frame.counted());
    }

    int sharedContext(Set<String> context) {
      int best = 0;
      for (Set<String> other : contexts) {
        best = Math.max(best, shared(context, other));
      }
      return best;
    }
  }

  /** The key of a value's sentence in its article. */
  private static String sentenceKey(ClaimValue v) {
    return v.articleId() + '\n' + v.sentence();
  }

  /**
   * The content words of a value's sentence in American spelling, without the words of the claims
   * stated in it: numbers, hedges and units are what sources word differently.
   */
  static Set<String> context(ClaimValue v, Set<String> claimWords) {
    Set<String> context =
        synonymClasses(ContentWords.of(Lexicon.phrasal(Spelling.americanText(v.sentence()))));
    context.removeAll(claimWords);
    context.removeIf(w -> Character.isDigit(w.charAt(0))); // the values themselves differ
    if (Capacity.of(v, Counted.head(v.claim().counted()))) {
      context.add(Capacity.WORD); // "holds 60,000 fans" says "a capacity of 60,000"
    }
    return context;
  }

  /** Content-word stems with each word of a {@link Lexicon} class replaced by its class. */
  private static Set<String> synonymClasses(Set<String> stems) {
    Set<String> out = new HashSet<>(stems.size() * 2);
    for (String w : stems) {
      out.add(Lexicon.canonical(w));
    }
    return out;
  }

  /**
   * Whether both claims are ages: an age belongs to a person, so two ages of persons named
   * differently ("the suspect, 34", "a 43-year-old man") are compared through their sentences, like
   * generic people and a kind of person.
   */
  private static boolean bothAges(NumericClaim a, NumericClaim b) {
    return a.kind() == ClaimKind.AGE && b.kind() == ClaimKind.AGE;
  }

  /**
   * Whether both claims are durations: a duration's counted thing is the verb or noun of the event
   * that lasted ("lasted", "ran", "strike"), so two durations are compared through their sentences
   * (whose verbs of lasting are one {@link Lexicon} class) rather than through that word.
   */
  private static boolean bothDurations(NumericClaim a, NumericClaim b) {
    return a.kind() == ClaimKind.DURATION && b.kind() == ClaimKind.DURATION;
  }

  /**
   * Whether two durations' sentences name the same subject: their content words without the verbs
   * that bound a duration ({@link Lexicon#isSpan}: "lasted", "ran for", "ended after") are the same
   * and not empty. "The strike lasted 48 hours" and "the two-day strike ended" both time "strike";
   * "the man was held for 3 days" and "the man was questioned for 5 hours" do not time one thing.
   */
  private static boolean sameSubject(Set<String> a, Set<String> b) {
    Set<String> sa = new HashSet<>(a);
    sa.removeIf(Lexicon::isSpan);
    Set<String> sb = new HashSet<>(b);
    sb.removeIf(Lexicon::isSpan);
    return !sa.isEmpty() && sa.equals(sb);
  }

  /**
   * Whether a duration bounded by a span verb ("the heatwave lasted three weeks": counted "lasted")
   * times the noun another duration qualifies ("the 10-day heatwave"): the noun is in the span's
   * sentence. A duration adjective says how long its noun lasted.
   */
  private static boolean spanOfNoun(String spanCounted, Set<String> spanContext, String noun) {
    if (spanCounted.isEmpty()
        || noun.isEmpty()
        || spanCounted.indexOf(' ') >= 0
        || !Lexicon.isSpan(
            Lexicon.canonical(Spelling.american(spanCounted.toLowerCase(Locale.ROOT))))) {
      return false;
    }
    Set<String> nounWords = synonymClasses(ContentWords.of(Spelling.americanText(noun)));
    nounWords.removeIf(Lexicon::isSpan);
    return !nounWords.isEmpty() && spanContext.containsAll(nounWords);
  }

  /**
   * How many content words of {@code a} are in {@code b}, a word also counting when {@code b} has
   * none of it but a WordNet synonym ({@link Senses#stemsAlike}: "film" and "movie") that {@code a}
   * does not have itself; each word of {@code b} stands for one word of {@code a} at most. Words of
   * a {@link Lexicon} class are compared as their class only.
   */
  static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    Set<String> used = null;
    for (String w : a) {
      if (b.contains(w)) {
        n++;
        continue;
      }
      if (Lexicon.isClassName(w)) {
        continue;
      }
      for (String x : b) {
        if (!a.contains(x)
            && !Lexicon.isClassName(x)
            && (used == null || !used.contains(x))
            && Senses.stemsAlike(w, x)) {
          if (used == null) {
            used = new HashSet<>();
          }
          used.add(x);
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static Set<String> without(Set<String> words, Set<String> removed) {
    if (removed.isEmpty()) {
      return words;
    }
    Set<String> out = new HashSet<>(words);
    out.removeAll(removed);
    return out;
  }

  private static boolean hasQualifier(String counted) {
    return counted.indexOf('(') >= 0;
  }

  /**
   * Whether two sentences whose claims are the only ones of their dimension share enough content
   * words: at least {@value #MIN_SHARED_LOOSE}, making up at least {@value #MIN_OVERLAP_LOOSE} of
   * the shorter sentence's.
   */
  static boolean looseContextMatch(Set<String> a, Set<String> b) {
    int smaller = Math.min(a.size(), b.size());
    if (smaller == 0) {
      return false;
    }
    int n = shared(a, b);
    return n >= MIN_SHARED_LOOSE && n >= MIN_OVERLAP_LOOSE * smaller;
  }

  static boolean contextMatch(Set<String> a, Set<String> b) {
    int smaller = Math.min(a.size(), b.size());
    if (smaller == 0) {
      return false;
    }
    int n = shared(a, b);
    if (n == smaller && n >= 2) {
      return true; // a short sentence whose every content word the other sentence has
    }
    return n >= MIN_SHARED_CONTEXT && n >= MIN_CONTEXT_OVERLAP * smaller;
  }
}
