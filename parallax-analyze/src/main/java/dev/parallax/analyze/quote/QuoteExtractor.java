package dev.parallax.analyze.quote;

import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityType;
import dev.parallax.analyze.internal.CalendarWords;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.nlp.FlatTokens;
import dev.parallax.analyze.nlp.Sentence;
import dev.parallax.analyze.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct and reported quotes in an analysed text and attributes them to speakers.
 *
 * <p><b>Direct quotes</b> are spans in quotation marks ({@link QuoteMarks} pairs them, across lines
 * and reopened paragraphs) and embedded posts ({@code "… – Ashraf Ghani (@ashrafghani) February 11,
 * 2020"}). A quoted span is attributed, in this order, to: an attribution right after it ({@code
 * "…," X said}, {@code "…," said X}), the nearest verb of saying before it in its sentence ({@code
 * X said: "…"}, {@code X said that "…"}, a partial quote inside a reported clause), any other
 * attribution in its sentence, the speaker of a line ending in a colon just before it, or, when it
 * opens its sentence, the speaker of the quote or attribution in the sentence just before it (a
 * continuation).
 *
 * <p><b>Scare quotes.</b> An attributed span is a quote unless it looks like a title or name (every
 * word capitalised, at most six words: "American Pie", "Phil Ford 2,290"). A span nothing
 * attributes is a quote, of an unknown speaker, only when it has at least {@value
 * #MIN_UNATTRIBUTED_WORDS} words and is not a title; shorter ones (the "puppet regime") are labels,
 * not statements. Verbs of naming ("calling it …") do not attribute.
 *
 * <p><b>Reported quotes</b> are the content clauses of verbs of saying with an explicit speaker:
 * {@code X said (that) <clause>}, {@code <clause>, X said}, {@code according to X}. The clause runs
 * to the end of the sentence or to the next attribution, a comma before "according", "while", a
 * subject-less "and" or an "-ing" verb. A clause that is mostly (≥ 70%) direct quotation is not
 * reported again; negated verbs ("declined to say") and passives ("is said to") report nothing.
 *
 * <p><b>Speakers</b> come from the subject noun phrase: a PERSON mention in it (not a possessive
 * one) resolved to the longest name in the document with the same surname ("Ghani" gives "Ashraf
 * Ghani"); an organisation or place the phrase ends with; a run of proper nouns after its titles; a
 * pronoun, resolved to the last person who spoke or opened a sentence ("he", "she") or the last
 * organisation ("it"); a definite role ("the spokeswoman", "the company", "the doctor") resolved to
 * an earlier speaker with that head noun, a person with that title or apposition, or the last
 * organisation; otherwise the role phrase as written.
 *
 * <p>Thread-safe and stateless: one instance may serve any number of threads.
 */
public final class QuoteExtractor {
  /** Fewest words an unattributed quoted span needs to count as a quote. */
  public static final int MIN_UNATTRIBUTED_WORDS = 4;

  private static final double MAX_QUOTED_SHARE = 0.7;

  /** Words after a verb of saying that are its object, not the start of a reported clause. */
  private static final java.util.Set<String> OBJECT_WORDS =
      java.util.Set.of(
          "what",
          "whether",
          "nothing",
          "something",
          "anything",
          "little",
          "much",
          "goodbye",
          "hello",
          "thanks",
          "sorry",
          "yes",
          "no",
          "so");

  private static final Pattern EMBEDDED_POST =
      Pattern.compile(
          "(?m)^(?<body>\\S.{8,}?)\\s*[—–-]\\s*(?<name>[^()\\n—–]{2,60}?)\\s*\\(@\\w{1,30}\\)"
              + "\\s*(?:[A-Z][a-z]+\\.? \\d{1,2}, \\d{4})?\\s*$");
  // Compiled once: speaker resolution splits and cleans names for every entity and quote.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern TRAILING_STOPS = Pattern.compile("[.,!?]+$");
  private static final Pattern TRAILING_LINK =
      Pattern.compile("\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+)\\s*$");

  private QuoteExtractor() {}

  /** The extractor with the documented rules. */
  public static QuoteExtractor standard() {
    return new QuoteExtractor();
  }

  /**
   * The quotes of a text, in text order.
   *
   * @param text the analysed text
   * @param entities entity mentions in the same text, in any order; may be empty, in which case
   *     speakers are resolved from proper-noun runs and role phrases only
   */
  public List<Quote> extract(AnalyzedText text, List<EntityMention> entities) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    if (text.text().isEmpty()) {
      return List.of();
    }
    return new Run(text, entities).run();
  }

  /** A verb of saying with its speaker phrase and, when it has one, its reported clause. */
  private static final class Attribution {
    final int verb;
    final int subjectFrom;
    final int subjectTo;
    final boolean postposed;
    final String verbText;
    int clauseFrom = -1;
    int clauseTo = -1;
    Speaker speaker = Speaker.UNKNOWN;

    Attribution(int verb, int subjectFrom, int subjectTo, boolean postposed, String verbText) {
      this.verb = verb;
      this.subjectFrom = subjectFrom;
      this.subjectTo = subjectTo;
      this.postposed = postposed;
      this.verbText = verbText;
    }

    int first() {
      return Math.min(verb, subjectFrom);
    }

    int last() {
      return Math.max(verb, subjectTo - 1);
    }
  }

  /** A speaker known at a point of the text, for pronouns and continuations. */
  private record Mentioned(int position, Speaker speaker) {}

  /** The per-call state: flattened tokens, quoted spans and speakers seen so far. */
  private static final class Run {
    private final String text;
    private final Token[] tokens;
    private final String[] lower;

    /** The first part of each token's tag ("PROPN" for "Olmert's", tagged "PROPN+PART"). */
    private final String[] pos;

    private final int[] sentenceOf;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;
    private final int[] spanOf;
    private final boolean[] inName;
    private final List<QuoteMarks.Span> spans;
    private final List<EntityMention> entities;
    private final List<Mentioned> history = new ArrayList<>();
    private final List<int[]> posts = new ArrayList<>();

    Run(AnalyzedText analyzed, List<EntityMention> mentions) {
      this.text = analyzed.text();
      List<Sentence> sentences = EnglishNlp.mergeAfterAbbreviations(text, analyzed.sentences());
      FlatTokens flat = FlatTokens.of(sentences);
      tokens = flat.tokens;
      lower = flat.lower;
      pos = flat.pos;
      sentenceOf = flat.sentenceOf;
      sentenceFirst = flat.sentenceFirst;
      sentenceEnd = new int[sentences.size()];
      for (int s = 0; s < sentences.size(); s++) {
        sentenceEnd[s] = sentences.get(s).end();
      }
      int n = tokens.length;
      List<EntityMention> sorted = new ArrayList<>(mentions);
      sorted.sort(Comparator.comparingInt(EntityMention::start));
      this.entities = sorted;
      this.spans = QuoteMarks.find(text);
      this.spanOf = new int[n];
      // Spans that end before a token cannot hold it or any later one: skip them instead of
      // rescanning every earlier quote for each token.
      int live = 0;
      int lastFrom = -1;
      for (int i = 0; i < n; i++) {
        int from = tokens[i].start();
        if (from < lastFrom) {
          live = 0;
        }
        lastFrom = from;
        while (live < spans.size() && spans.get(live).end() < from) {
          live++;
        }
        spanOf[i] = spanIndex(live, from, tokens[i].end());
      }
      // Tokens inside a name are nouns whatever the tagger says ("Aisha Wang/VERB said").
      this.inName = new boolean[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        while (m < entities.size() && entities.get(m).end() <= tokens[i].start()) {
          m++;
        }
        for (int e = m; e < entities.size() && entities.get(e).start() < tokens[i].end(); e++) {
          if (entities.get(e).end() > tokens[i].start()) {
            inName[i] = Character.isLetter(tokens[i].text().charAt(0));
          }
        }
      }
    }

    List<Quote> run() {
      List<Quote> out = new ArrayList<>();
      findPosts();
      List<Attribution> attributions = new ArrayList<>();
      int sentences = sentenceFirst.length - 1;
      for (int s = 0; s < sentences; s++) {
        attributions.addAll(attributionsOf(s));
      }
      // Speakers are resolved in text order so pronouns see only what came before them.
      List<Object> events = new ArrayList<>(attributions);
      events.addAll(posts);
      events.sort(Comparator.comparingInt(this::positionOf));
      for (Object e : events) {
        if (e instanceof Attribution a) {
          a.speaker = resolveNp(a.subjectFrom, a.subjectTo, tokens[a.verb].start());
          remember(tokens[a.first()].start(), a.speaker);
        } else {
          int[] post = (int[]) e;
          Speaker speaker = resolveName(post[2], post[3]);
          out.add(
              new Quote(
                  text.substring(post[0], post[1]),
                  post[0],
                  post[1],
                  QuoteKind.DIRECT,
                  speaker,
                  "tweeted"));
          remember(post[0], speaker);
        }
      }
      out.addAll(directQuotes(attributions));
      for (Attribution a : attributions) {
        if (a.clauseFrom >= 0
            && a.speaker.known()
            && quotedShare(a) < MAX_QUOTED_SHARE
            && !citesAttributedQuote(a, attributions)) {
          out.add(
              new Quote(
                  text.substring(a.clauseFrom, a.clauseTo),
                  a.clauseFrom,
                  a.clauseTo,
                  QuoteKind.REPORTED,
                  a.speaker,
                  a.verbText));
        }
      }
      out.sort(Comparator.comparingInt(Quote::start).thenComparing(Quote::kind));
      return List.copyOf(out);
    }

    private int positionOf(Object e) {
      return e instanceof Attribution a ? tokens[a.first()].start() : ((int[]) e)[0];
    }

    private void remember(int position, Speaker speaker) {
      if (speaker.known()) {
        history.add(new Mentioned(position, speaker));
      }
    }

    // ---------------------------------------------------------------- embedded posts

    private void findPosts() {
      // Every post has "(@handle)": most texts have none and skip the costly line scan.
      if (!text.contains("(@")) {
        return;
      }
      Matcher m = EMBEDDED_POST.matcher(text);
      while (m.find()) {
        int from = m.start("body");
        String body = m.group("body");
        Matcher link = TRAILING_LINK.matcher(body);
        int to = link.find() ? from + link.start() : m.end("body");
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
          to--;
        }
        if (to - from >= 10) {
          posts.add(new int[] {from, to, m.start("name"), m.end("name")});
        }
      }
    }

    private boolean inPost(int offset) {
      for (int[] p : posts) {
        if (offset >= p[0] && offset < p[3]) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- attributions

    private List<Attribution> attributionsOf(int s) {
      List<Attribution> found = new ArrayList<>();
      int first = sentenceFirst[s];
      int end = sentenceFirst[s + 1];
      for (int i = first; i < end; i++) {
        if (spanOf[i] >= 0 || inPost(tokens[i].start())) {
          continue;
        }
        Attribution a = null;
        if (lower[i].equals("according") && i + 1 < end && lower[i + 1].equals("to")) {
          a = according(i, first, end);
        } else if (SpeechVerbs.lemma(lower[i]) != null && isVerb(i) && !negated(i, first)) {
          a = speechVerb(i, first, end, found);
        }
        if (a != null) {
          found.add(a);
        }
      }
      for (int k = 0; k < found.size(); k++) {
        clause(found.get(k), found, first, end);
      }
      return found;
    }

    private boolean isVerb(int i) {
      String tag = pos[i];
      if (tag.equals("VERB")) {
        return true;
      }
      if (tag.equals("NOUN") && i > 0 && isNominal(i - 1) && sentenceFinal(i)) {
        return true; // "..., news wires report."
      }
      if (tag.equals("NOUN")
          && lower[i].endsWith("ing")
          && i > 0
          && isNominal(i - 1)
          && i + 1 < tokens.length
          && sentenceOf[i + 1] == sentenceOf[i]
          && (pos[i + 1].equals("PROPN")
              || pos[i + 1].equals("PRON")
              || lower[i + 1].equals("that"))) {
        return true; // "with the EU warning Israel it was ..."
      }
      return !tag.equals("ADJ")
          && !tag.equals("DET")
          && (lower[i].equals("said")
              || lower[i].equals("says")
              || lower[i].equals("told")
              || lower[i].equals("tells"));
    }

    private boolean sentenceFinal(int i) {
      int s = sentenceOf[i];
      for (int k = i + 1; k < sentenceFirst[s + 1]; k++) {
        if (!pos[k].equals("PUNCT")) {
          return false;
        }
      }
      return true;
    }

    private boolean negated(int i, int first) {
      for (int j = i - 1; j >= Math.max(first, i - 3); j--) {
        String w = lower[j];
        if (w.equals("not")
            || w.equals("n't")
            || w.equals("never")
            || w.equals("declined")
            || w.equals("refused")
            || w.equals("neither")
            || w.equals("nor")
            || w.equals("cannot")) {
          return true;
        }
      }
      return false;
    }

    private Attribution according(int i, int first, int end) {
      int from = i + 2;
      int to = npRight(from, end);
      if (to <= from) {
        return null;
      }
      return new Attribution(i, from, to, true, "according to");
    }

    private Attribution speechVerb(int i, int first, int end, List<Attribution> before) {
      String verbText = lower[i];
      if (isPassive(i, first)) {
        return null;
      }
      if (verbText.endsWith("ing") && !progressive(i, first)) {
        return participle(i, first, before);
      }
      boolean afterBreak =
          i == first
              || lower[i - 1].equals(",")
              || spanOf[i - 1] >= 0
              || QuoteMarks.isDoubleMark(tokens[i - 1].text().charAt(0))
              || tokens[i - 1].text().equals("'")
              || tokens[i - 1].text().equals("’");
      boolean listener = SpeechVerbs.TAKES_LISTENER.contains(SpeechVerbs.lemma(verbText));
      if (afterBreak && !listener) {
        int to = npRight(i + 1, end);
        boolean pronoun = to == i + 2 && pos[i + 1].equals("PRON");
        boolean verbAfter = to < end && (pos[to].equals("VERB") || pos[to].equals("AUX"));
        if (to > i + 1 && !onlyTimeWords(i + 1, to) && !pronoun && !verbAfter) {
          return new Attribution(i, i + 1, to, true, verbText);
        }
      }
      int[] subject = subjectLeft(i, first);
      if (subject != null) {
        return new Attribution(i, subject[0], subject[1], subject[2] == 1, verbText);
      }
      return null;
    }

    /** "THR is saying that ...": a finite progressive, with its subject before the auxiliary. */
    private boolean progressive(int i, int first) {
      int j = i - 1;
      while (j >= first && pos[j].equals("ADV")) {
        j--;
      }
      if (j < first) {
        return false;
      }
      return switch (lower[j]) {
        case "is", "are", "was", "were", "been", "'s", "'re" -> true;
        default -> false;
      };
    }

    private boolean isPassive(int i, int first) {
      int j = i - 1;
      while (j >= first && pos[j].equals("ADV")) {
        j--;
      }
      if (j < first) {
        return false;
      }
      String w = lower[j];
      boolean be =
          w.equals("is")
              || w.equals("are")
              || w.equals("was")
              || w.equals("were")
              || w.equals("be")
              || w.equals("been")
              || w.equals("being");
      return be && !lower[i].endsWith("ing");
    }

    /** "…, adding that …", "with the EU warning Israel …", "was quoted as saying". */
    private Attribution participle(int i, int first, List<Attribution> before) {
      if (i - 2 >= first && lower[i - 1].equals("as") && lower[i - 2].equals("quoted")) {
        int j = i - 3;
        while (j >= first && (pos[j].equals("AUX") || pos[j].equals("ADV"))) {
          j--;
        }
        int[] subject = subjectLeft(j + 1, first);
        return subject == null
            ? null
            : new Attribution(i, subject[0], subject[1], true, "quoted as saying");
      }
      int np = npLeft(i, first);
      if (np >= 0 && np > first && lower[np - 1].equals("with")) {
        return new Attribution(i, np, i, false, lower[i]);
      }
      if (!before.isEmpty()) {
        Attribution prev = before.get(before.size() - 1);
        return new Attribution(i, prev.subjectFrom, prev.subjectTo, false, lower[i]);
      }
      for (int j = first; j < i; j++) {
        if (spanOf[j] < 0 && (pos[j].equals("VERB") || pos[j].equals("AUX"))) {
          int[] subject = subjectLeft(j, first);
          return subject == null
              ? null
              : new Attribution(i, subject[0], subject[1], false, lower[i]);
        }
      }
      return null;
    }

    /**
     * The subject noun phrase before a verb, as {from, to, postposed}, or null. Skips adverbs,
     * auxiliaries and time words between subject and verb, a reduced relative ("the resolution
     * released on Friday said"), and takes the name out of an apposition ("X, a spokesman, said";
     * "the adviser, Robert O'Brien, said").
     */
    private int[] subjectLeft(int verb, int first) {
      int j = verb - 1;
      while (j >= first
          && spanOf[j] < 0
          && (pos[j].equals("ADV")
              || pos[j].equals("AUX")
              || (QuoteWords.TIME_WORDS.contains(lower[j]) && !pos[j].equals("PRON")))) {
        j--;
      }
      if (j < first || spanOf[j] >= 0) {
        return null;
      }
      if (lower[j].equals(",")) {
        return apposition(j, first);
      }
      if ((lower[j].equals("and") || lower[j].equals("but")) && pos[j].equals("CCONJ")) {
        for (int k = first; k < j; k++) {
          if (spanOf[k] < 0 && (pos[k].equals("VERB") || pos[k].equals("AUX"))) {
            int[] subject = k > first ? subjectLeft(k, first) : null;
            return subject == null ? null : new int[] {subject[0], subject[1], 0};
          }
        }
        return null;
      }
      if (isPreposition(lower[j]) && j - 1 >= first && isParticiple(j - 1)) {
        int f2 = npLeft(j - 1, first);
        return f2 < 0 ? null : new int[] {f2, verb, postposedAt(f2, first)};
      }
      int from = npLeft(j + 1, first);
      if (from < 0) {
        return relativeSubject(j, first);
      }
      // A reduced relative: "the resolution released on Friday said", "people interviewed in
      // Athens said": the subject is the phrase before the participle.
      int k = from - 1;
      while (k >= first
          && spanOf[k] < 0
          && (isPreposition(lower[k]) || QuoteWords.TIME_WORDS.contains(lower[k]))) {
        k--;
      }
      if (k < from - 1 && k >= first && isParticiple(k)) {
        int f2 = npLeft(k, first);
        if (f2 >= 0) {
          return new int[] {f2, j + 1, postposedAt(f2, first)};
        }
      }
      if (onlyTimeWords(from, j + 1)) {
        return null;
      }
      // "Tzipi Livni, the Israeli foreign minister said": a name, then its apposition.
      if (from - 2 >= first && lower[from - 1].equals(",") && pos[from].equals("DET")) {
        int run = from - 2;
        while (run >= first && pos[run].equals("PROPN")) {
          run--;
        }
        if (run < from - 2 && (run < first || lower[run].equals(","))) {
          return new int[] {run + 1, j + 1, postposedAt(run + 1, first)};
        }
      }
      return new int[] {from, j + 1, postposedAt(from, first)};
    }

    private boolean isParticiple(int k) {
      String w = lower[k];
      return pos[k].equals("VERB")
          && spanOf[k] < 0
          && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
    }

    private static boolean isPreposition(String w) {
      return QuoteWords.NP_PREPOSITIONS.contains(w)
          || QuoteWords.ADVERBIAL_PREPOSITIONS.contains(w);
    }

    private int postposedAt(int from, int first) {
      if (from == first) {
        return 0;
      }
      int p = from - 1;
      return lower[p].equals(",")
              || spanOf[p] >= 0
              || QuoteMarks.isDoubleMark(tokens[p].text().charAt(0))
              || tokens[p].text().equals("'")
              || tokens[p].text().equals("’")
          ? 1
          : 0;
    }

    private int[] apposition(int comma, int first) {
      int prevComma = -1;
      for (int k = comma - 1; k >= Math.max(first, comma - 25); k--) {
        if (spanOf[k] >= 0) {
          break;
        }
        if (lower[k].equals(",")) {
          prevComma = k;
          break;
        }
      }
      if (prevComma < 0) {
        int from = npLeft(comma, first);
        return from < 0 ? null : new int[] {from, comma, postposedAt(from, first)};
      }
      boolean appositionIsName = prevComma + 1 < comma;
      for (int k = prevComma + 1; k < comma; k++) {
        if (!pos[k].equals("PROPN") && !isNameInitialPunct(k)) {
          appositionIsName = false;
        }
      }
      if (appositionIsName) {
        return new int[] {prevComma + 1, comma, postposedAt(prevComma, first)};
      }
      int from = npLeft(prevComma, first);
      if (from >= 0) {
        return new int[] {from, prevComma, postposedAt(from, first)};
      }
      int inner = npLeft(comma, first);
      return inner > prevComma ? new int[] {inner, comma, 1} : null;
    }

    private boolean isNameInitialPunct(int k) {
      String t = tokens[k].text();
      return t.equals(".") || t.equals("'") || t.equals("’") || t.equals("-");
    }

    private int[] relativeSubject(int j, int first) {
      for (int k = j; k >= Math.max(first, j - 10); k--) {
        if (spanOf[k] >= 0 || lower[k].equals(",")) {
          return null;
        }
        if (lower[k].equals("who") || lower[k].equals("which")) {
          int from = npLeft(k, first);
          return from < 0 ? null : new int[] {from, k, postposedAt(from, first)};
        }
      }
      return null;
    }

    private boolean onlyTimeWords(int from, int to) {
      for (int k = from; k < to; k++) {
        if (!QuoteWords.TIME_WORDS.contains(lower[k]) && !CalendarWords.isMonth(lower[k])) {
          return false;
        }
      }
      return true;
    }

    /** Start of the noun phrase that ends just before {@code end}, or -1. */
    private int npLeft(int end, int first) {
      int i = end - 1;
      int start = -1;
      while (i >= first && spanOf[i] < 0 && end - i <= 16) {
        String tag = pos[i];
        String w = lower[i];
        if (tag.equals("PRON")) {
          boolean possessive = isPossessivePronoun(w);
          if (start < 0 && !possessive) {
            return QuoteWords.PERSON_PRONOUNS.contains(w) || isPronounSubject(w) ? i : -1;
          }
          return possessive && start >= 0 ? i : start;
        }
        if (tag.equals("DET")) {
          if (start < 0) {
            return -1;
          }
          start = i;
          if (i - 2 >= first
              && pos[i - 1].equals("ADP")
              && QuoteWords.NP_PREPOSITIONS.contains(lower[i - 1])
              && isNominal(i - 2)) {
            i -= 2;
            continue;
          }
          return start;
        }
        if (isNominal(i)
            || tag.equals("ADJ")
            || tag.equals("NUM")
            || (tag.equals("PART") && isPossessiveMark(w))
            || (start >= 0 && isHyphenPart(i))
            || (start >= 0 && isNameInitialPunct(i) && i > first && isNominal(i - 1))) {
          start = i;
          i--;
          continue;
        }
        if (start >= 0
            && i > first
            && isNominal(i - 1)
            && ((QuoteWords.NP_PREPOSITIONS.contains(w) && !tag.equals("VERB"))
                || (tag.equals("CCONJ") && w.equals("and")))) {
          i--;
          continue;
        }
        break;
      }
      if (start >= 0 && pos[start].equals("ADJ") && start + 1 < end) {
        // keep adjectives only inside a phrase with a noun
        boolean noun = false;
        for (int k = start; k < end; k++) {
          noun |= isNominal(k);
        }
        if (!noun) {
          return -1;
        }
      }
      if (start >= 0) {
        boolean noun = false;
        for (int k = start; k < end; k++) {
          noun |= isNominal(k) || pos[k].equals("NUM");
        }
        return noun ? start : -1;
      }
      return -1;
    }

    /** "40-" and "-" of a split "40-year-old". */
    private boolean isHyphenPart(int i) {
      String t = tokens[i].text();
      return t.equals("-") || (t.length() > 1 && t.endsWith("-") && Character.isDigit(t.charAt(0)));
    }

    private boolean isNominal(int i) {
      String tag = pos[i];
      return tag.equals("NOUN") || tag.equals("PROPN") || inName[i];
    }

    private static boolean isPossessiveMark(String w) {
      return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    private static boolean isPossessivePronoun(String w) {
      return switch (w) {
        case "his", "her", "its", "their", "our", "my", "your" -> true;
        default -> false;
      };
    }

    private static boolean isPronounSubject(String w) {
      return switch (w) {
        case "it", "they", "we", "i", "you" -> true;
        default -> false;
      };
    }

    /** End (exclusive) of the noun phrase that starts at {@code from}; {@code from} if none. */
    private int npRight(int from, int end) {
      int i = from;
      int last = from;
      boolean noun = false;
      while (i < end && spanOf[i] < 0 && i - from < 16) {
        String tag = pos[i];
        String w = lower[i];
        if (isNominal(i) || tag.equals("NUM")) {
          noun = true;
          last = i + 1;
        } else if ((tag.equals("VERB") || tag.equals("ADP"))
            && !noun
            && i + 1 < end
            && isNominal(i + 1)
            && Character.isLowerCase(tokens[i].text().charAt(0))
            && !lower[i].equals("of")) {
          // a mis-tagged or participial modifier: "initial reports", "affected residents"
        } else if (tag.equals("DET")
            || tag.equals("ADJ")
            || (tag.equals("PRON") && (isPossessivePronoun(w) || i == from))
            || (tag.equals("PART") && isPossessiveMark(w))
            || isHyphenPart(i)
            || (isNameInitialPunct(i) && i > from && isNominal(i - 1))) {
          if (tag.equals("PRON") && !isPossessivePronoun(w)) {
            return i + 1;
          }
        } else if (noun
            && (w.equals("of") || w.equals("for") || w.equals("by"))
            && i + 1 < end
            && !lower[i + 1].equals(",")) {
          // a spokesman for the company; reports by the Daily News
        } else {
          break;
        }
        i++;
      }
      return noun ? last : from;
    }

    // ---------------------------------------------------------------- reported clauses

    private void clause(Attribution a, List<Attribution> all, int first, int end) {
      int verbEnd = a.verbText.equals("according to") ? a.verb + 2 : a.verb + 1;
      boolean inverted = a.subjectFrom > a.verb;
      int afterAll = Math.max(verbEnd, a.subjectTo);
      if (a.verbText.equals("according to")) {
        if (a.verb == first || (a.verb == first + 1 && !isNominal(first))) {
          int j = a.subjectTo;
          if (j < end && lower[j].equals(",")) {
            setClause(a, j + 1, clauseEnd(j + 1, a, all, end), true);
          }
          return;
        }
        int from = postposedStart(a, all, first);
        if (from < a.verb && !isRelativeWord(lower[from])) {
          setClause(a, from, commaBefore(a.verb, first), true);
        }
        return;
      }
      if (!inverted) {
        preposedClause(a, all, verbEnd, end);
        if (a.clauseFrom >= 0 || !a.postposed) {
          return;
        }
      }
      int from = postposedStart(a, all, first);
      if (from >= a.first() || isRelativeWord(lower[from])) {
        return;
      }
      int to = commaBefore(a.first(), first);
      int j = afterAll;
      while (j < end && isAdverbialToken(j)) {
        j++;
      }
      if (j + 1 < end
          && lower[j].equals(",")
          && !startsAttribution(j + 1, all)
          && (pos[j + 1].equals("VERB") || pos[j + 1].equals("AUX"))
          && !lower[j + 1].endsWith("ing")
          && SpeechVerbs.lemma(lower[j + 1]) == null) {
        to = clauseEnd(j + 1, a, all, end); // ", McDermott said, appeared to be ..."
      }
      setClause(a, from, to, true);
    }

    private static boolean isRelativeWord(String w) {
      return switch (w) {
        case "who", "which", "where", "when", "that", "whose", "whom" -> true;
        default -> false;
      };
    }

    private void preposedClause(Attribution a, List<Attribution> all, int verbEnd, int end) {
      int j = verbEnd;
      if (SpeechVerbs.TAKES_LISTENER.contains(SpeechVerbs.lemma(lower[a.verb]))) {
        j = skipListener(j, end);
      }
      j = skipAdverbials(j, end);
      boolean that = false;
      if (j < end && lower[j].equals("that") && spanOf[j] < 0) {
        j++;
        that = true;
      } else if (j < end && (lower[j].equals(":") || lower[j].equals(","))) {
        j++;
      }
      if (j >= end) {
        return;
      }
      if (!that && !plausibleClauseStart(j)) {
        return;
      }
      setClause(a, j, clauseEnd(j, a, all, end), !that);
    }

    private boolean isAdverbialToken(int j) {
      String tag = pos[j];
      return spanOf[j] < 0
          && (QuoteWords.TIME_WORDS.contains(lower[j])
              || CalendarWords.isMonth(lower[j])
              || tag.equals("ADV")
              || tag.equals("NUM")
              || (tag.equals("ADP") && !lower[j].equals("that"))
              || tag.equals("DET")
              || tag.equals("NOUN")
              || tag.equals("ADJ")
              || tag.equals("PROPN")
              || tag.equals("VERB") && lower[j].endsWith("ed"));
    }

    private boolean startsAttribution(int j, List<Attribution> all) {
      for (Attribution b : all) {
        if (b.first() == j || b.verb == j) {
          return true;
        }
      }
      return false;
    }

    private int skipListener(int j, int end) {
      if (j < end && pos[j].equals("PRON") && !lower[j].equals("it")) {
        String w = lower[j];
        if (w.equals("him")
            || w.equals("her")
            || w.equals("them")
            || w.equals("us")
            || w.equals("me")
            || w.equals("you")) {
          return j + 1;
        }
        return j;
      }
      int k = j;
      while (k < end
          && k - j < 6
          && spanOf[k] < 0
          && (pos[k].equals("DET")
              || pos[k].equals("ADJ")
              || isNominal(k)
              || (pos[k].equals("PRON") && isPossessivePronoun(lower[k])))) {
        k++;
      }
      boolean noun = false;
      for (int m = j; m < k; m++) {
        noun |= isNominal(m);
      }
      return noun ? k : j;
    }

    private int skipAdverbials(int j, int end) {
      // "said several times last week that ...": a "that" close ahead with no verb before it
      for (int k = j; k < end && k < j + 7 && spanOf[k] < 0; k++) {
        String p = pos[k];
        if (lower[k].equals("that")) {
          return k;
        }
        if (p.equals("VERB") || p.equals("AUX") || p.equals("PUNCT") || p.equals("PRON")) {
          break;
        }
      }
      int guard = 0;
      while (j < end && spanOf[j] < 0 && guard++ < 12) {
        String w = lower[j];
        String tag = pos[j];
        if (w.equals("there")) {
          return j;
        }
        boolean hedgeWord =
            (tag.equals("ADP") || tag.equals("ADV")) && !QuoteWords.TIME_WORDS.contains(w);
        if (hedgeWord
            && j + 1 < end
            && (pos[j + 1].equals("NUM") || j + 2 < end && pos[j + 2].equals("NUM"))) {
          return j; // "at least 195", "more than 600" open the clause
        }
        if (QuoteWords.TIME_WORDS.contains(w) || (tag.equals("ADV") && !w.equals("so"))) {
          j++;
          continue;
        }
        if (tag.equals("ADP") && QuoteWords.ADVERBIAL_PREPOSITIONS.contains(w)) {
          int k = j + 1;
          while (k < end
              && spanOf[k] < 0
              && (pos[k].equals("DET")
                  || pos[k].equals("ADJ")
                  || pos[k].equals("NUM")
                  || (pos[k].equals("PRON") && isPossessivePronoun(lower[k])))) {
            k++;
          }
          int nouns = k;
          while (k < end && spanOf[k] < 0 && (isNominal(k) || CalendarWords.isMonth(lower[k]))) {
            k++;
          }
          if (k == nouns) {
            return j;
          }
          // "in a statement the company ..." ends the adverbial at the first noun run
          j = k;
          continue;
        }
        return j;
      }
      return j;
    }

    private boolean plausibleClauseStart(int j) {
      String tag = pos[j];
      boolean start =
          tag.equals("PRON")
              || tag.equals("DET")
              || tag.equals("PROPN")
              || tag.equals("NOUN")
              || tag.equals("NUM")
              || tag.equals("ADJ")
              || lower[j].equals("there")
              || spanOf[j] >= 0
              || QuoteMarks.isDoubleMark(tokens[j].text().charAt(0));
      boolean numberFirst =
          j + 2 < tokens.length && (pos[j + 1].equals("NUM") || pos[j + 2].equals("NUM"));
      start |= (tag.equals("ADV") || tag.equals("ADP")) && numberFirst; // "at least 195 ..."
      if (!start || OBJECT_WORDS.contains(lower[j])) {
        return false;
      }
      int s = sentenceOf[j];
      for (int k = j + 1; k < sentenceFirst[s + 1] && k < j + 20; k++) {
        String p = pos[k];
        if (p.equals("VERB") || p.equals("AUX")) {
          return true;
        }
      }
      return spanOf[j] >= 0;
    }

    private int clauseEnd(int from, Attribution a, List<Attribution> all, int end) {
      for (int k = from + 1; k < end; k++) {
        if (spanOf[k] >= 0) {
          continue;
        }
        for (Attribution b : all) {
          if (b != a && b.first() == k && k > from) {
            int cut = k;
            if (cut - 1 > from && (lower[cut - 1].equals("and") || lower[cut - 1].equals("but"))) {
              cut--;
            }
            if (cut - 1 > from && (lower[cut - 1].equals(",") || lower[cut - 1].equals(";"))) {
              return tokens[cut - 2].end();
            }
            if (b.postposed || b.verb == k || cut < k) {
              return tokens[cut - 1].end();
            }
          }
        }
        if (lower[k].equals(",") && k + 1 < end && spanOf[k + 1] < 0) {
          String next = lower[k + 1];
          boolean ingVerb = pos[k + 1].equals("VERB") && next.endsWith("ing");
          boolean bareAnd =
              next.equals("and")
                  && k + 2 < end
                  && (pos[k + 2].equals("VERB") || pos[k + 2].equals("AUX"));
          if (QuoteWords.CLAUSE_BREAKERS.contains(next) || ingVerb || bareAnd) {
            return tokens[k - 1].end();
          }
        }
      }
      return lastContentEnd(from, end);
    }

    private int lastContentEnd(int from, int end) {
      int k = end - 1;
      while (k > from && spanOf[k] < 0 && isTrailingPunct(lower[k])) {
        k--;
      }
      return tokens[k].end();
    }

    private static boolean isTrailingPunct(String w) {
      return w.equals(".")
          || w.equals(",")
          || w.equals(";")
          || w.equals(":")
          || w.equals("!")
          || w.equals("?")
          || w.equals("-")
          || w.equals("—")
          || w.equals("–");
    }

    /** Offset just past the last word before the comma (or word) that precedes token {@code t}. */
    private int commaBefore(int t, int first) {
      int k = t - 1;
      while (k >= first && spanOf[k] < 0 && isTrailingPunct(lower[k])) {
        k--;
      }
      return k >= first ? tokens[k].end() : -1;
    }

    private int postposedStart(Attribution a, List<Attribution> all, int first) {
      int start = first;
      for (Attribution b : all) {
        // An earlier postposed attribution closes its own clause; a preposed one ("Witnesses
        // said ..., police said") is part of this clause, as a nested report.
        if (b != a && b.last() < a.first() && (b.postposed || b.subjectFrom > b.verb)) {
          start = Math.max(start, b.last() + 1);
        }
      }
      if (start == first && start > 0 && Character.isLowerCase(tokens[start].text().charAt(0))) {
        int prev = sentenceOf[start - 1];
        boolean sameLine =
            text.indexOf('\n', tokens[start - 1].end()) > tokens[start].start()
                || text.indexOf('\n', tokens[start - 1].end()) < 0;
        if (sameLine && prev == sentenceOf[start] - 1) {
          start = sentenceFirst[prev]; // the splitter broke after "Ave."
        }
      }
      while (start < a.first()
          && spanOf[start] < 0
          && (isTrailingPunct(lower[start])
              || lower[start].equals("that")
              || QuoteMarks.isDoubleMark(tokens[start].text().charAt(0)) && spanOf[start] < 0)) {
        start++;
      }
      return start;
    }

    private void setClause(Attribution a, int fromToken, int toOffset, boolean needVerb) {
      if (fromToken < 0 || fromToken >= tokens.length || toOffset < 0) {
        return;
      }
      int from = tokens[fromToken].start();
      if (spanOf[fromToken] < 0
          && (tokens[fromToken].text().equals("'") || tokens[fromToken].text().equals("‘"))) {
        from = tokens[fromToken].end();
      }
      if (toOffset - from < 8) {
        return;
      }
      boolean verb = false;
      int words = 0;
      for (int k = fromToken; k < tokens.length && tokens[k].end() <= toOffset; k++) {
        String p = pos[k];
        verb |= p.equals("VERB") || p.equals("AUX");
        if (!p.equals("PUNCT")) {
          words++;
        }
      }
      if (words < 3 || (!verb && needVerb)) {
        return;
      }
      a.clauseFrom = from;
      a.clauseTo = toOffset;
    }

    /** "X said: '…', the Daily News reported": the outer source only says where it was printed. */
    private boolean citesAttributedQuote(Attribution a, List<Attribution> all) {
      for (Attribution b : all) {
        int at = tokens[b.verb].start();
        if (b == a || at < a.clauseFrom || at >= a.clauseTo) {
          continue;
        }
        for (QuoteMarks.Span span : spans) {
          if (span.start() >= a.clauseFrom && span.end() <= a.clauseTo && complementOf(b, span)) {
            return true;
          }
        }
      }
      return false;
    }

    private double quotedShare(Attribution a) {
      int quoted = 0;
      for (QuoteMarks.Span s : spans) {
        int from = Math.max(a.clauseFrom, s.openMark());
        int to = Math.min(a.clauseTo, s.outerEnd());
        if (to > from) {
          quoted += to - from;
        }
      }
      return quoted / (double) (a.clauseTo - a.clauseFrom);
    }

    // ---------------------------------------------------------------- direct quotes

    private List<Quote> directQuotes(List<Attribution> attributions) {
      List<Quote> out = new ArrayList<>();
      Quote previous = null;
      int previousSentence = -10;
      for (QuoteMarks.Span span : spans) {
        if (inPost(span.openMark()) || insideOtherSpan(span)) {
          continue;
        }
        int sOpen = sentenceAt(span.openMark());
        int sClose = sentenceAt(Math.max(span.openMark(), span.outerEnd() - 1));
        String words = QuoteMarks.words(text, span);
        Attribution a = attributionFor(span, sOpen, sClose, attributions);
        Speaker speaker = Speaker.UNKNOWN;
        String verb = "";
        boolean attributed = false;
        if (a != null && a.speaker.known()) {
          speaker = a.speaker;
          verb = a.verbText;
          attributed = true;
        } else {
          Speaker intro = colonIntro(span, sOpen, attributions);
          if (intro != null) {
            speaker = intro;
            attributed = true;
          } else if (opensSentence(span, sOpen)) {
            Speaker continued = continuation(previous, previousSentence, sOpen, attributions);
            if (continued != null) {
              speaker = continued;
              verb =
                  previous != null && previous.speaker().equals(continued) ? previous.verb() : "";
              attributed = true;
            }
          }
        }
        int wordCount = wordCount(words);
        boolean title = titleLike(words, wordCount);
        boolean accept =
            attributed ? !title : wordCount >= MIN_UNATTRIBUTED_WORDS && !title && !isName(span);
        if (!accept) {
          continue;
        }
        Quote q = new Quote(words, span.start(), span.end(), QuoteKind.DIRECT, speaker, verb);
        out.add(q);
        if (speaker.known()) {
          previous = q;
          previousSentence = sClose;
          remember(span.start(), speaker);
        }
      }
      return out;
    }

    private boolean insideOtherSpan(QuoteMarks.Span span) {
      for (QuoteMarks.Span s : spans) {
        if (s != span
            && s.openMark() < span.openMark()
            && s.outerEnd() >= span.outerEnd()
            && !s.single()) {
          return true;
        }
      }
      return false;
    }

    private boolean isName(QuoteMarks.Span span) {
      for (EntityMention m : entities) {
        if (m.start() <= span.start() && m.end() >= span.end()) {
          return true;
        }
      }
      return false;
    }

    private Attribution attributionFor(
        QuoteMarks.Span span, int sOpen, int sClose, List<Attribution> all) {
      int after = span.outerEnd();
      for (Attribution a : all) {
        if (sentenceOf[a.verb] == sOpen && complementOf(a, span)) {
          return a; // X said: "…" / X told police that '…' beats a later ", the Daily News
          // reported"
        }
      }
      Attribution nearestBefore = null;
      Attribution firstAfter = null;
      for (Attribution a : all) {
        int s = sentenceOf[a.verb];
        int at = tokens[a.first()].start();
        if (s == sClose && at >= after) {
          if (onlyPunctuationBetween(after, at)) {
            return a;
          }
          if (firstAfter == null) {
            firstAfter = a;
          }
        }
        if (s == sOpen && tokens[a.verb].end() <= span.openMark()) {
          nearestBefore = a;
        }
        if (s == sOpen && at >= after && firstAfter == null) {
          firstAfter = a;
        }
      }
      return nearestBefore != null ? nearestBefore : firstAfter;
    }

    /** Whether a quote follows its verb with only a listener, adverbials, "that" or ":" between. */
    private boolean complementOf(Attribution a, QuoteMarks.Span span) {
      int from = Math.max(a.verb, a.subjectTo - 1) + 1;
      if (tokens[Math.max(a.verb, a.subjectTo - 1)].end() > span.openMark()) {
        return false;
      }
      int n = 0;
      for (int k = from; k < tokens.length && tokens[k].end() <= span.openMark(); k++) {
        if (spanOf[k] >= 0 || pos[k].equals("VERB") || pos[k].equals("AUX") || ++n > 8) {
          return false;
        }
      }
      return true;
    }

    private boolean onlyPunctuationBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          return false;
        }
      }
      return true;
    }

    private Speaker colonIntro(QuoteMarks.Span span, int sOpen, List<Attribution> all) {
      if (sOpen < 0) {
        return null;
      }
      int first = sentenceFirst[sOpen];
      // "South Sudan: "Sudan bombed refugee camp"" - a speaker phrase and a colon before the quote
      int k = first;
      while (k < sentenceFirst[sOpen + 1] && tokens[k].end() <= span.openMark()) {
        k++;
      }
      if (k - first >= 2 && lower[k - 1].equals(":")) {
        int from = npLeft(k - 1, first);
        if (from == first) {
          return resolveNp(from, k - 1, span.openMark());
        }
        return null;
      }
      if (k > first || sOpen == 0) {
        return null;
      }
      int prev = sOpen - 1;
      int last = sentenceFirst[prev + 1] - 1;
      if (last < 0 || !lower[last].equals(":")) {
        return null;
      }
      Attribution best = null;
      for (Attribution a : all) {
        if (sentenceOf[a.verb] == prev) {
          best = a;
        }
      }
      if (best != null) {
        return best.speaker.known() ? best.speaker : null;
      }
      for (int j = sentenceFirst[prev]; j < last; j++) {
        if (pos[j].equals("VERB") || pos[j].equals("AUX")) {
          int[] subject = subjectLeft(j, sentenceFirst[prev]);
          if (subject != null) {
            Speaker s = resolveNp(subject[0], subject[1], tokens[j].start());
            return s.known() ? s : null;
          }
          return null;
        }
      }
      return null;
    }

    private boolean opensSentence(QuoteMarks.Span span, int sOpen) {
      if (sOpen < 0) {
        return false;
      }
      for (int k = sentenceFirst[sOpen]; k < sentenceFirst[sOpen + 1]; k++) {
        if (tokens[k].end() > span.openMark()) {
          return true;
        }
        if (Character.isLetterOrDigit(tokens[k].text().charAt(0))) {
          return false;
        }
      }
      return true;
    }

    private Speaker continuation(
        Quote previous, int previousSentence, int sOpen, List<Attribution> all) {
      Speaker fromQuote =
          previous != null && sOpen - previousSentence <= 1 && sOpen >= previousSentence
              ? previous.speaker()
              : null;
      Attribution inPrevious = null;
      for (Attribution a : all) {
        if (sentenceOf[a.verb] == sOpen - 1 && a.speaker.known()) {
          inPrevious = a;
        }
      }
      if (inPrevious != null
          && (fromQuote == null || tokens[inPrevious.verb].start() > previous.end())) {
        return inPrevious.speaker;
      }
      return fromQuote;
    }

    private static int wordCount(String words) {
      int n = 0;
      boolean in = false;
      for (int i = 0; i < words.length(); i++) {
        boolean letter = Character.isLetterOrDigit(words.charAt(i));
        if (letter && !in) {
          n++;
        }
        in = letter || (in && (words.charAt(i) == '\'' || words.charAt(i) == '’'));
      }
      return n;
    }

    private static boolean titleLike(String words, int wordCount) {
      if (wordCount > 6) {
        return false;
      }
      String trimmed = words.strip();
      String inner = TRAILING_STOPS.matcher(trimmed).replaceAll("");
      if (inner.contains(",")
          || inner.contains(".")
          || inner.contains("!")
          || inner.contains("?")) {
        return false;
      }
      int capitalised = 0;
      for (String w : SPACES.split(inner)) {
        if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
          continue;
        }
        if (QuoteWords.TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        capitalised++;
      }
      return capitalised > 0;
    }

    // ---------------------------------------------------------------- speakers

    private Speaker resolveNp(int a, int b, int position) {
      if (b - a == 1 && pos[a].equals("PRON")) {
        return resolvePronoun(lower[a], position);
      }
      int headEnd = a;
      while (headEnd < b && !endsHead(headEnd, a)) {
        headEnd++;
      }
      if (headEnd == a) {
        headEnd = b;
      }
      int hs = tokens[a].start();
      int he = tokens[headEnd - 1].end();
      EntityMention person = null;
      EntityMention other = null;
      for (EntityMention m : entities) {
        if (m.end() <= hs || m.start() >= he) {
          continue;
        }
        if (possessiveAfter(m.end())) {
          continue;
        }
        if (m.end() < he - 1) {
          continue; // a modifier: "the Turkmen constitution", "a Taliban official"
        }
        if (m.type() == EntityType.PERSON) {
          person = m;
        } else {
          other = m;
        }
      }
      if (person == null && headEnd < b) {
        person = titledNameAtEnd(a, b);
      }
      if (person != null) {
        return Speaker.named(canonicalPerson(person.text(), position), EntityType.PERSON);
      }
      if (other != null) {
        return Speaker.named(canonicalOther(other), other.type());
      }
      int nameFrom = properRunStart(a, headEnd);
      if (nameFrom >= 0) {
        String name = text.substring(tokens[nameFrom].start(), tokens[headEnd - 1].end());
        return Speaker.named(canonicalPerson(name, position), null);
      }
      if (headEnd - a == 1 && tokens[a].capitalized() && !QuoteWords.TITLES.contains(lower[a])) {
        String name = canonicalPerson(tokens[a].text(), position);
        if (!name.equals(tokens[a].text())) {
          return Speaker.named(name, EntityType.PERSON); // "Craft said" after "Charles Craft"
        }
      }
      Speaker coref = coreferentRole(a, headEnd, b, position);
      if (coref != null) {
        return coref;
      }
      int end = tokens[b - 1].end();
      String phrase = text.substring(tokens[a].start(), end).strip();
      return phrase.isEmpty() ? Speaker.UNKNOWN : Speaker.role(phrase);
    }

    /** "US Secretary of State Mike Pompeo": a person ending a phrase of capitalised titles. */
    private EntityMention titledNameAtEnd(int a, int b) {
      int end = tokens[b - 1].end();
      for (EntityMention m : entities) {
        if (m.type() != EntityType.PERSON || m.end() != end || m.start() <= tokens[a].start()) {
          continue;
        }
        for (int k = a; k < b && tokens[k].end() <= m.start(); k++) {
          boolean title = tokens[k].capitalized() || lower[k].equals("of") || pos[k].equals("DET");
          if (!title) {
            return null;
          }
        }
        return m;
      }
      return null;
    }

    private Speaker resolveName(int from, int to) {
      String name = text.substring(from, to).strip();
      for (EntityMention m : entities) {
        if (m.start() >= from && m.end() <= to && m.type() == EntityType.PERSON) {
          return Speaker.named(canonicalPerson(m.text(), from), EntityType.PERSON);
        }
      }
      return name.isEmpty() ? Speaker.UNKNOWN : Speaker.named(canonicalPerson(name, from), null);
    }

    private boolean endsHead(int k, int a) {
      if (k == a) {
        return false;
      }
      String tag = pos[k];
      String w = lower[k];
      return (tag.equals("ADP") && !w.equals("'s"))
          || w.equals(",")
          || w.equals("who")
          || w.equals("which")
          || w.equals("and");
    }

    private boolean possessiveAfter(int offset) {
      return text.startsWith("'s", offset)
          || text.startsWith("’s", offset)
          || text.startsWith("' ", offset)
          || text.startsWith("’ ", offset);
    }

    /** The start of the trailing run of proper nouns after titles, or -1 if there is none. */
    private int properRunStart(int a, int headEnd) {
      int k = headEnd - 1;
      while (k >= a && (pos[k].equals("PROPN") || isNameInitialPunct(k))) {
        k--;
      }
      int runStart = k + 1;
      if (runStart >= headEnd) {
        return -1;
      }
      for (int m = k; m >= a; m--) {
        if (isPossessiveMark(lower[m])) {
          return -1; // "the BBC's Christian Fraser" keeps its run; "Sudan's forces" has none
        }
        if (!pos[m].equals("DET")
            && !pos[m].equals("ADJ")
            && !pos[m].equals("NOUN")
            && !pos[m].equals("NUM")) {
          break;
        }
      }
      while (runStart < headEnd - 1 && QuoteWords.TITLES.contains(lower[runStart])) {
        runStart++;
      }
      if (QuoteWords.TITLES.contains(lower[runStart]) && runStart == headEnd - 1) {
        return -1;
      }
      return runStart;
    }

    private Speaker coreferentRole(int a, int headEnd, int b, int position) {
      String det = lower[a];
      boolean definite = det.equals("the") || isPossessivePronoun(det);
      if (!definite || headEnd - a < 2 || headEnd != b || headEnd - a > 4) {
        return null;
      }
      for (int k = a + 1; k < headEnd; k++) {
        if (tokens[k].capitalized() || !(isNominal(k) || pos[k].equals("ADJ"))) {
          return null; // "the Israeli military" is a description of its own, not an anaphor
        }
      }
      String head = lower[headEnd - 1];
      for (int i = history.size() - 1; i >= 0; i--) {
        Mentioned m = history.get(i);
        if (m.position() < position
            && m.speaker().role()
            && (" " + m.speaker().name().toLowerCase(Locale.ROOT) + " ").contains(" " + head)) {
          return m.speaker();
        }
      }
      EntityMention titled = titledPerson(head, position);
      if (titled != null) {
        return Speaker.named(canonicalPerson(titled.text(), position), EntityType.PERSON);
      }
      if (QuoteWords.ORGANIZATION_HEADS.contains(head)) {
        for (int i = history.size() - 1; i >= 0; i--) {
          Mentioned m = history.get(i);
          if (m.position() < position && m.speaker().type() == EntityType.ORGANIZATION) {
            return m.speaker();
          }
        }
        EntityMention org = null;
        for (EntityMention m : entities) {
          if (m.start() < position && m.type() == EntityType.ORGANIZATION) {
            org = m;
          }
        }
        if (org != null) {
          return Speaker.named(canonicalOther(org), EntityType.ORGANIZATION);
        }
      }
      return null;
    }

    /** A person whose title ("spokesman Harlan Boll") or apposition ("X, a doctor") has head. */
    private EntityMention titledPerson(String head, int position) {
      EntityMention best = null;
      for (EntityMention m : entities) {
        if (m.type() != EntityType.PERSON || m.start() >= position) {
          continue;
        }
        String before = titleWindow(m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 50));
        String apposition = "";
        if (after.startsWith(",")) {
          int stop = after.indexOf(',', 1);
          apposition = (stop < 0 ? after : after.substring(0, stop)).toLowerCase(Locale.ROOT);
        }
        boolean hit =
            containsWord(before, head) || containsWord(apposition, head) && apposition.length() > 1;
        if (hit) {
          best = m;
        }
      }
      return best;
    }

    /** Up to three lower-cased words right before an offset, up to punctuation or a preposition. */
    private String titleWindow(int offset) {
      String before = text.substring(Math.max(0, offset - 40), offset);
      String[] words = SPACES.split(before);
      StringBuilder b = new StringBuilder();
      int taken = 0;
      for (int k = words.length - 1; k >= 0 && taken < 3; k--) {
        String w = words[k].toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
          continue;
        }
        if (w.endsWith(",") || w.endsWith(".") || w.endsWith(":") || isPreposition(w)) {
          break;
        }
        b.insert(0, w + " ");
        taken++;
      }
      return b.toString();
    }

    private static boolean containsWord(String haystack, String word) {
      return (" " + NON_WORD.matcher(haystack).replaceAll(" ") + " ").contains(" " + word + " ");
    }

    private Speaker resolvePronoun(String pronoun, int position) {
      if (QuoteWords.PERSON_PRONOUNS.contains(pronoun)) {
        Mentioned best = null;
        for (Mentioned m : history) {
          if (m.position() < position && isPersonLike(m.speaker())) {
            best = m;
          }
        }
        EntityMention subject = sentenceInitialPerson(position);
        if (subject != null && (best == null || subject.start() > best.position())) {
          return Speaker.named(canonicalPerson(subject.text(), position), EntityType.PERSON);
        }
        return best == null ? Speaker.UNKNOWN : best.speaker();
      }
      if (pronoun.equals("it") || pronoun.equals("they")) {
        for (int i = history.size() - 1; i >= 0; i--) {
          Mentioned m = history.get(i);
          if (m.position() < position && !isPersonLike(m.speaker())) {
            return m.speaker();
          }
        }
      }
      return Speaker.UNKNOWN;
    }

    private boolean isPersonLike(Speaker s) {
      if (s.type() == EntityType.PERSON) {
        return true;
      }
      if (s.type() != null) {
        return false;
      }
      if (!s.role()) {
        return true;
      }
      String[] words = NON_LETTERS.split(s.normalizedName());
      for (String w : words) {
        if (QuoteWords.PERSON_ROLE_HEADS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /** The last PERSON mention before a point that opens its sentence (a likely subject). */
    private EntityMention sentenceInitialPerson(int position) {
      EntityMention best = null;
      for (EntityMention m : entities) {
        if (m.start() >= position) {
          break;
        }
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        int s = sentenceAt(m.start());
        if (s < 0) {
          continue;
        }
        int nth = 0;
        for (int k = sentenceFirst[s];
            k < sentenceFirst[s + 1] && tokens[k].start() < m.start();
            k++) {
          nth++;
        }
        if (nth <= 3) {
          best = m;
        }
      }
      return best;
    }

    private String canonicalPerson(String name, int position) {
      String[] words = SPACES.split(stripTitles(name));
      if (words.length == 0 || words[words.length - 1].isEmpty()) {
        return name;
      }
      String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
      String best = String.join(" ", words);
      int bestWords = words.length;
      int bestStart = -1;
      for (EntityMention m : entities) {
        if (m.type() != EntityType.PERSON) {
          continue;
        }
        String[] mw = SPACES.split(m.text().strip());
        if (mw.length <= words.length
            || !mw[mw.length - 1].toLowerCase(Locale.ROOT).equals(surname)
            || !containsAll(mw, words)) {
          continue;
        }
        boolean closer = m.start() < position && m.start() > bestStart;
        if (mw.length > bestWords && (bestStart < 0 || closer)
            || closer && mw.length >= bestWords) {
          best = m.text().strip();
          bestWords = mw.length;
          bestStart = m.start() < position ? m.start() : bestStart;
        }
      }
      return best;
    }

    private static boolean containsAll(String[] longer, String[] shorter) {
      for (String s : shorter) {
        boolean found = false;
        for (String l : longer) {
          found |= l.equalsIgnoreCase(s);
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    private static String stripTitles(String name) {
      String[] words = SPACES.split(name.strip());
      int k = 0;
      while (k < words.length - 1
          && QuoteWords.TITLES.contains(words[k].toLowerCase(Locale.ROOT))) {
        k++;
      }
      return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    }

    private String canonicalOther(EntityMention other) {
      String best = other.text().strip();
      for (EntityMention m : entities) {
        if (m.type() == other.type()
            && m.text().length() > best.length()
            && m.text().endsWith(" " + best)) {
          best = m.text().strip();
        }
      }
      return best;
    }

    // ---------------------------------------------------------------- positions

    /**
     * The first quoted span holding {@code [from, to)}, or -1; the spans before {@code first} all
     * end before {@code from}.
     */
    private int spanIndex(int first, int from, int to) {
      for (int i = first; i < spans.size(); i++) {
        QuoteMarks.Span s = spans.get(i);
        if (from >= s.start() && to <= s.end()) {
          return i;
        }
        if (s.openMark() > to) {
          break;
        }
      }
      return -1;
    }

    private int sentenceAt(int offset) {
      int lo = 0;
      int hi = sentenceEnd.length - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int start = tokens.length == 0 ? 0 : tokens[sentenceFirst[mid]].start();
        if (start <= offset) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found;
    }
  }
}
