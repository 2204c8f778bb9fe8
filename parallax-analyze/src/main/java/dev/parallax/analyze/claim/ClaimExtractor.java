package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.CalendarWords;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.FlatTokens;
import dev.parallax.analyze.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numeric claims of an analysed text: counts, money, percentages, measures, ages, dates,
 * durations and ordinals, each with its hedge, unit and counted noun phrase.
 *
 * <p>Numbers are read from the raw text with a small lexer of its own (the UD tokenizer splits
 * "8,600" into "8" and ",600"): digits with thousands separators ("13,000", also the spaced "9,
 * 000" of some scraped corpora), decimals, scale words and suffixes ("1.2 million", "13 thousand",
 * "$5bn", "2m euros"), numbers in words ("three", "twenty-seven", "two hundred and fifty", "a
 * dozen") and vague plurals ("dozens of", "hundreds of", "tens of thousands of", read as ranges
 * with hedge ABOUT: "hundreds of" is 200 to 999).
 *
 * <p>Ranges: "12-13,000" (the first number takes the second's thousands: 12,000 to 13,000), "5 to
 * 10 million", "between 12,000 and 13,000", "12,000 to 13,000", "from $500 to $550". A "from X to
 * Y" after a verb of change ("reduce", "rose", "cut", …) is not a range but two quantities: the
 * current level and another one. With a verb in the future or infinitive ("expected to reduce
 * troops from 12-13,000 to 8,600") the first is the current level and the second the target, so the
 * second's counted thing gets the qualifier "(target)"; with a past verb ("the toll rose from 20 to
 * 31") the second is the current level and the first gets "(previous)". A pair of small integers
 * with a hyphen and nothing counted after it is a score or a record ("20-13 win", "a 9-14 start"),
 * not a claim; "2008-09" is a season (DATE).
 *
 * <p>Hedges before the number: about, around, approximately, roughly, some, nearly, almost, close
 * to, an estimated (ABOUT); at least (AT_LEAST); more than, over, upwards of (MORE_THAN); at most,
 * no more than (AT_MOST); up to, as many as (UP_TO); fewer than, less than, under, below
 * (LESS_THAN); after it: "or more", "-plus" (AT_LEAST), "or so" (ABOUT).
 *
 * <p>Not claims: times of day ("3 p.m.", "18:07"), numbers inside names and codes ("Internet
 * Explorer 8", "Public School 298", "COVID-19", "Q10", "4x4"), "No. 5", fractions that are no share
 * of something ("a third of a mile", "the first half of"), and "one" unless a noun follows.
 * Fractions that are shares ("half of", "a third of", "two-thirds of", "one in five adults") are
 * percentages; one that is no whole percent is the range of whole percents around it ("a third" is
 * 33 to 34). A four-digit number from 1800 to 2100 alone is a year (DATE). Word ordinals start at
 * "third" ("first" and "second" are too often not ranks).
 *
 * <p>The counted thing is the adjective-noun run after the number ("13,000 US troops"), with a
 * casualty predicate that follows, maybe after a verb of report ("27 people were killed" gives
 * "people killed", "80 people are feared trapped" gives "people trapped"), or a casualty verb or
 * event noun before the count ("saved two climbers", "the evacuation of 3,200 residents"); else,
 * before the number, a casualty verb ("killing 31" gives "killed") or the noun phrase before a
 * linking word ("the death toll rose to 31", "a death toll of 31", "gems worth 85 million euros"),
 * taking X in "the level/number/total of X".
 *
 * <p>Thread-safe and stateless.
 */
public final class ClaimExtractor {
  private static final Pattern LEX =
      Pattern.compile(
          "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?)"
              + "|(\\d{1,3}(?:, \\d{3})+)(?![\\d])"
              + "|(\\d+\\.\\d+|\\d+)"
              + "|([\\p{L}][\\p{L}\\p{M}]*(?:['’][\\p{L}]+)*)"
              + "|(\\S)");

  private static final Map<String, Hedge> HEDGE_ONE =
      Map.ofEntries(
          Map.entry("about", Hedge.ABOUT),
          Map.entry("around", Hedge.ABOUT),
          Map.entry("approximately", Hedge.ABOUT),
          Map.entry("approx", Hedge.ABOUT),
          Map.entry("roughly", Hedge.ABOUT),
          Map.entry("some", Hedge.ABOUT),
          Map.entry("nearly", Hedge.ABOUT),
          Map.entry("almost", Hedge.ABOUT),
          Map.entry("circa", Hedge.ABOUT),
          Map.entry("estimated", Hedge.ABOUT),
          Map.entry("over", Hedge.MORE_THAN),
          Map.entry("above", Hedge.MORE_THAN),
          Map.entry("under", Hedge.LESS_THAN),
          Map.entry("below", Hedge.LESS_THAN),
          Map.entry("within", Hedge.AT_MOST));
  private static final Map<String, Hedge> HEDGE_TWO =
      Map.ofEntries(
          Map.entry("at least", Hedge.AT_LEAST),
          Map.entry("more than", Hedge.MORE_THAN),
          Map.entry("upwards of", Hedge.MORE_THAN),
          Map.entry("just over", Hedge.MORE_THAN),
          Map.entry("fewer than", Hedge.LESS_THAN),
          Map.entry("less than", Hedge.LESS_THAN),
          Map.entry("just under", Hedge.LESS_THAN),
          Map.entry("up to", Hedge.UP_TO),
          Map.entry("at most", Hedge.AT_MOST),
          Map.entry("close to", Hedge.ABOUT),
          Map.entry("an estimated", Hedge.ABOUT),
          Map.entry("as many", Hedge.UP_TO),
          Map.entry("as much", Hedge.UP_TO));
  private static final Map<String, Hedge> HEDGE_THREE =
      Map.ofEntries(
          Map.entry("no more than", Hedge.AT_MOST),
          Map.entry("not more than", Hedge.AT_MOST),
          Map.entry("as many as", Hedge.UP_TO),
          Map.entry("as much as", Hedge.UP_TO),
          Map.entry("in excess of", Hedge.MORE_THAN),
          Map.entry("as few as", Hedge.AT_LEAST),
          Map.entry("a little over", Hedge.MORE_THAN),
          Map.entry("a little under", Hedge.LESS_THAN));

  private static final Map<String, double[]> VAGUE =
      Map.of(
          "tens", new double[] {20, 99},
          "dozens", new double[] {24, 99},
          "scores", new double[] {40, 99},
          "hundreds", new double[] {200, 999},
          "thousands", new double[] {2000, 9999},
          "millions", new double[] {2e6, 999e6},
          "billions", new double[] {2e9, 999e9});

  private static final Map<String, Integer> MONTHS = CalendarWords.MONTH_NUMBERS;
  private static final Map<String, Integer> WEEKDAYS = CalendarWords.WEEKDAY_NUMBERS;

  private static final Map<String, String> CURRENCY_SYMBOLS =
      Map.of("$", "$", "€", "€", "£", "£", "¥", "¥", "₹", "₹");
  private static final Map<String, Double> SCALE_SUFFIXES =
      Map.of(
          "k", 1e3, "m", 1e6, "mn", 1e6, "mln", 1e6, "bn", 1e9, "b", 1e9, "tn", 1e12, "trn", 1e12);

  /** Verbs of change: "from X to Y" after one of these is two quantities, not a range. */
  private static final Set<String> CHANGE_STEMS =
      Set.of(
          "reduc",
          "cut",
          "lower",
          "rais",
          "increas",
          "boost",
          "rise",
          "rose",
          "risen",
          "fall",
          "fell",
          "fallen",
          "drop",
          "climb",
          "grow",
          "grew",
          "grown",
          "jump",
          "declin",
          "slash",
          "doubl",
          "tripl",
          "bring",
          "brought",
          "trim",
          "expand",
          "shrink",
          "shrank",
          "soar",
          "plung",
          "went",
          "go",
          "swell",
          "surg",
          "decreas",
          "upgrad",
          "downgrad",
          "revis",
          "chang",
          "mov",
          "push",
          "sank",
          "sink",
          "halv",
          "scal",
          "draw",
          "drew",
          "drawn");

  /** Times of day and near days that may open a sentence before its subject ("At noon the"). */
  private static final Set<String> TIMES_OF_DAY =
      Set.of(
          "noon",
          "midday",
          "midnight",
          "dawn",
          "dusk",
          "morning",
          "afternoon",
          "evening",
          "night",
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "overnight");

  /** Words of heat and cold that make bare degrees near them a temperature. */
  private static final Set<String> HEAT_WORDS =
      Set.of(
          "heat",
          "heatwave",
          "hot",
          "hotter",
          "hottest",
          "warm",
          "warmer",
          "warmest",
          "cold",
          "colder",
          "coldest",
          "freezing",
          "frost",
          "weather",
          "forecast",
          "forecasters");

  /** How many words around bare degrees a word of heat or cold may stand ({@code weatherNear}). */
  static final int WEATHER_WINDOW = 4;

  /** Words after "degrees" that make them a difference, not a temperature ("10 degrees above"). */
  private static final Set<String> DEGREE_DIFFERENCES =
      Set.of(
          "above", "below", "higher", "lower", "warmer", "colder", "hotter", "cooler", "more",
          "less");

  /** Nouns after "-degree" that make it an angle ("a 90-degree turn", "a 360-degree view"). */
  private static final Set<String> ANGLE_NOUNS =
      Set.of("turn", "turns", "u-turn", "u-turns", "angle", "angles", "view", "views", "rotation");

  /** Prepositions after an amount that make it a difference from the noun that follows. */
  private static final Set<String> DIFFERENCE_WORDS = Set.of("over", "under", "above", "below");

  /** The kinds of amount that may be a difference from a reference ("£4bn over budget"). */
  private static final Set<ClaimKind> DIFFERENCE_KINDS =
      Set.of(ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.COUNT);

  /** The nouns an amount over or under them is a difference from ("2% below target"). */
  private static final Set<String> DIFFERENCE_REFERENCES =
      Set.of(
          "budget",
          "budgets",
          "target",
          "targets",
          "forecast",
          "forecasts",
          "estimate",
          "estimates",
          "average",
          "limit",
          "limits",
          "expectation",
          "expectations",
          "inflation",
          "capacity");

  /**
   * Those whose moving persons rescues them ("rescuers pulled 14 miners out"), as the subject of
   * the moving verb. "rescue" is none: "the rescue mission deployed 2,000 soldiers" rescued nobody.
   */
  private static final Set<String> RESCUERS =
      Set.of(
          "rescuers",
          "rescuer",
          "lifeboat",
          "lifeboats",
          "coastguard",
          "lifeguards",
          "firefighters");

  /**
   * The least number before "p" that is no sum in pence: video resolutions ("240p", "1080p") are
   * that or more, prices in pence below it.
   */
  static final double MAX_PENCE = 240;

  /** Words after "late" that make it a time ("sentenced to 10 years late on Friday"). */
  private static final Set<String> LATE_AS_TIME =
      Set.of("on", "last", "in", "at", "yesterday", "night", "today", "tonight", "this");

  /** How many words before its moving verb a rescuer may stand ({@code rescuedPersons}). */
  static final int RESCUER_WINDOW = 4;

  /** Verbs by which voters vote ("cast a ballot", "voted", "turned out"). */
  private static final Set<String> VOTING = Set.of("cast", "voted", "turned");

  /** The determiners of "cast a ballot", "cast their ballots". */
  private static final Set<String> BALLOT_DETERMINERS = Set.of("a", "their", "his", "her", "the");

  /** Words after a vote that say what it was for: a share of the vote, not the turnout. */
  private static final Set<String> VOTE_CHOICE = Set.of("for", "to", "against");

  /** How many words before a tally "312-198" its verb of voting may stand. */
  static final int TALLY_VERB_WINDOW = 3;

  /** Verbs that make "312-198" a few words after them a tally of votes. */
  private static final Set<String> VOTE_VERBS =
      Set.of("voted", "backed", "approved", "rejected", "passed", "ruled", "endorsed");

  /** The possessives of "in his forties", "in her 30s", "in their early twenties". */
  private static final Set<String> PERSON_POSSESSIVES = Set.of("his", "her", "their");

  /**
   * Pronouns and determiners ending in "-s" that may open a sentence ("This is 40% more"): never a
   * counted plural noun.
   */
  private static final Set<String> PRONOUNS_IN_S =
      Set.of(
          "others",
          "theirs",
          "yours",
          "ours",
          "hers",
          "this",
          "these",
          "those",
          "themselves",
          "ourselves",
          "yourselves");

  /** Words never part of a counted noun phrase, whatever the tagger says. */
  private static final Set<String> CLOSED_CLASS =
      Set.of(
          "today",
          "yesterday",
          "tomorrow",
          "tonight",
          "overnight",
          "at",
          "in",
          "on",
          "of",
          "for",
          "to",
          "with",
          "by",
          "from",
          "and",
          "or",
          "but",
          "the",
          "a",
          "an",
          "this",
          "that",
          "who",
          "which",
          "per",
          "each",
          "last",
          "next",
          "ago",
          "later",
          "earlier");

  /**
   * Verbs of report or belief that may stand between a count and its casualty predicate: "80 people
   * are feared trapped", "12 are believed to have died", "two were reported missing".
   */
  private static final Set<String> REPORTING =
      Set.of(
          "feared",
          "believed",
          "thought",
          "reported",
          "presumed",
          "confirmed",
          "known",
          "said",
          "understood",
          "suspected",
          "listed");

  /** Denominators of fractions in words: "a third", "two-thirds", "three quarters". */
  private static final Map<String, Integer> DENOMINATORS =
      Map.ofEntries(
          Map.entry("half", 2),
          Map.entry("halves", 2),
          Map.entry("third", 3),
          Map.entry("thirds", 3),
          Map.entry("quarter", 4),
          Map.entry("quarters", 4),
          Map.entry("fourth", 4),
          Map.entry("fourths", 4),
          Map.entry("fifth", 5),
          Map.entry("fifths", 5),
          Map.entry("sixth", 6),
          Map.entry("sixths", 6),
          Map.entry("eighth", 8),
          Map.entry("eighths", 8),
          Map.entry("tenth", 10),
          Map.entry("tenths", 10));

  /** Hedge words that may stand between "by" and a fraction of change ("by about an eighth"). */
  private static final Set<String> HEDGES_BEFORE_BY_FRACTION =
      Set.of(
          "about",
          "around",
          "roughly",
          "some",
          "nearly",
          "almost",
          "just",
          "over",
          "under",
          "more",
          "less",
          "than",
          "approximately",
          "barely",
          "at",
          "least",
          "most",
          "up",
          "to");

  /** Words that may follow a fraction of change without making it a rank ("by a fifth in May"). */
  private static final Set<String> AFTER_CHANGE_FRACTION =
      Set.of(
          "in",
          "on",
          "to",
          "from",
          "since",
          "after",
          "over",
          "during",
          "last",
          "this",
          "and",
          "but",
          "while",
          "as",
          "compared",
          "at",
          "year",
          "on-year",
          "against",
          "between");

  /** Possessive determiners, skipped like articles before a counted noun. */
  private static final Set<String> POSSESSIVES =
      Set.of("its", "their", "his", "her", "our", "my", "your");

  /** Particles of phrasal verbs of change that may stand before "to" ("cut off to 200 homes"). */
  private static final Set<String> PARTICLES = Set.of("off", "back", "down");

  /**
   * What a verb of change supplies to those who receive it ("cut power to 7,800 homes"), as opposed
   * to a group it brings to a level ("cut the squad to 23 players").
   */
  private static final Set<String> SUPPLIES =
      Set.of(
          "power",
          "electricity",
          "gas",
          "water",
          "heat",
          "heating",
          "service",
          "services",
          "supplies",
          "supply",
          "aid",
          "food",
          "access",
          "internet",
          "broadband",
          "fuel");

  /**
   * Prepositions before "a" and a unit that make it one unit of time or length: "went on for a
   * week", "resigned after a year", "within a mile"; not "a week of talks".
   */
  private static final Set<String> SPAN_PREPOSITIONS = Set.of("for", "after", "within");

  /** Verbs of motion before "up to" that make it a movement, not a hedge ("going up to £11"). */
  private static final Set<String> UP_TO_MOTION =
      Set.of(
          "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "move", "moves",
          "moving", "moved", "put", "puts", "putting", "push", "pushed", "pushing");

  private static final Set<String> FRACTIONS =
      Set.of("half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths");
  private static final Set<String> MOVING_STEMS =
      Set.of(
          "withdr",
          "pull",
          "send",
          "sent",
          "deploy",
          "dispatch",
          "redeploy",
          "remov",
          "add",
          "hire",
          "laid",
          "lay",
          "layoff",
          "fire",
          "sack",
          "transfer",
          "withdrew");
  private static final Set<String> PAST_IRREGULAR =
      Set.of(
          "rose", "risen", "fell", "fallen", "grew", "grown", "brought", "went", "gone", "shrank",
          "shrunk", "sank", "sunk", "drew", "drawn", "swelled", "swollen");

  private static final Set<String> LINKING =
      Set.of(
          "to",
          "at",
          "of",
          "from",
          "reached",
          "reaches",
          "hit",
          "hits",
          "rose",
          "risen",
          "climbed",
          "stood",
          "stands",
          "was",
          "is",
          "were",
          "are",
          "be",
          "been",
          "totalled",
          "totaled",
          "totals",
          "topped",
          "increased",
          "jumped",
          "passed",
          "exceeded",
          "surpassed",
          "closed",
          "down",
          "up",
          "fell",
          "dropped",
          "gained",
          "lost",
          "by",
          "worth",
          "cost",
          "costs",
          "costing",
          "valued",
          "priced",
          "an",
          "now",
          "reportedly",
          "currently",
          "already",
          "estimated",
          "put",
          "puts",
          "placed",
          "stand",
          "a",
          "just",
          "only",
          "approximately");
  private static final Set<String> MEASURE_WORDS =
      Set.of(
          "level",
          "number",
          "total",
          "count",
          "tally",
          "figure",
          "size",
          "strength",
          "amount",
          "sum",
          "population",
          "numbers",
          "levels",
          "rate",
          "figures",
          "totals");

  /**
   * Verbs right before a number that say a level went beyond it ("the death toll passed 2,000",
   * "sales topped $1bn"): a MORE_THAN hedge, like "more than 2,000" (not before a score or vote,
   * nor "passed" before the things passed: "passed 12 bills").
   */
  private static final Set<String> PASSING_VERBS =
      Set.of("passed", "passes", "topped", "tops", "exceeded", "exceeds", "surpassed", "surpasses");

  /** Words before "half" that make it a period or an ordinal, not a share ("the first half"). */
  private static final Set<String> NOT_BEFORE_HALF =
      Set.of("the", "first", "second", "last", "latter", "other", "this", "that", "a", "and");

  /** Determiners after "half" that make it a share ("half the country", "half its staff"). */
  private static final Set<String> AFTER_HALF =
      Set.of("the", "its", "their", "his", "her", "our", "all");

  /** Auxiliaries that may stand between a vague count and its predicate ("dozens were hurt"). */
  private static final Set<String> AUXILIARIES =
      Set.of("were", "was", "are", "have", "had", "been");

  /** Runs of white space between words. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Words of size after a length ("1.2m high"): the "m" before them is metres. */
  private static final Set<String> SIZE_WORDS =
      Set.of("high", "tall", "long", "wide", "deep", "thick", "across", "away", "below", "above");

  private ClaimExtractor() {}

  /** The extractor with the documented rules. */
  public static ClaimExtractor standard() {
    return new ClaimExtractor();
  }

  /** The numeric claims of a text, in text order. */
  public List<NumericClaim> extract(AnalyzedText text) {
    Objects.requireNonNull(text, "text");
    if (text.text().isEmpty()) {
      return List.of();
    }
    return new Run(text).run();
  }

  /** One lexical unit of the raw text. */
  private record Lex(String text, String lower, int start, int end, char type, double value) {
    boolean isNumber() {
      return type == 'N';
    }

    boolean isWord() {
      return type == 'W';
    }

    boolean commas() {
      return type == 'N' && text.indexOf(',') >= 0;
    }

    boolean integer() {
      return type == 'N' && text.indexOf('.') < 0;
    }
  }

  /**
   * A scale word or suffix after a number: its multiplier and how many lexes it takes ("million"
   * one, "-billion" of "110-billion" two); {@link #NONE} (multiplier 0) when there is none.
   */
  private record Scale(double factor, int width) {
    static final Scale NONE = new Scale(0, 0);

    boolean present() {
      return width > 0;
    }
  }

  /** A claim under construction. */
  private static final class Found {
    int from;
    int to;
    double low;
    double high;
    Hedge hedge = Hedge.EXACT;
    String unit = "";
    ClaimKind kind = ClaimKind.COUNT;
    String counted = "";
    boolean hyphenAdjective;
    boolean vagueOf;
    boolean countedKnown;
    boolean scaled;
    boolean fraction;
  }

  /** The per-call state. */
  private static final class Run {
    private final String text;
    private final List<Lex> lex = new ArrayList<>();
    private final List<String> lowers = new ArrayList<>();
    private final Token[] tokens;
    private final String[] pos;
    private final String[] lower;
    private final int[] sentenceOf;
    private final int[] sentenceFirst;

    Run(AnalyzedText analyzed) {
      this.text = analyzed.text();
      Matcher m = LEX.matcher(text);
      while (m.find()) {
        char type = m.group(4) != null ? 'W' : m.group(5) != null ? 'P' : 'N';
        double value = 0;
        if (type == 'N') {
          value = Double.parseDouble(m.group().replace(", ", "").replace(",", ""));
        }
        String t = m.group();
        String lowerCase = t.toLowerCase(Locale.ROOT);
        lex.add(new Lex(t, lowerCase, m.start(), m.end(), type, value));
        lowers.add(lowerCase);
      }
      FlatTokens flat = FlatTokens.of(analyzed.sentences());
      tokens = flat.tokens;
      pos = flat.pos;
      lower = flat.lower;
      sentenceOf = flat.sentenceOf;
      sentenceFirst = flat.sentenceFirst;
    }

    List<NumericClaim> run() {
      List<Found> found = new ArrayList<>();
      int i = 0;
      int[] skipTo = new int[1];
      while (i < lex.size()) {
        skipTo[0] = i + 1;
        Found f = parseAt(i, skipTo);
        if (f != null) {
          found.add(f);
          i = Math.max(f.to, i + 1);
        } else {
          i = skipTo[0];
        }
      }
      joinCompoundDurations(found);
      for (Found f : found) {
        timeAgoAsAge(f);
      }
      for (Found f : found) {
        signOfTemperature(f);
        hedgeBefore(f);
        hedgeAfter(f);
        if (!f.countedKnown) {
          f.counted = counted(f);
          String difference = differenceFrom(f);
          if (difference != null) {
            f.counted = difference; // "£4bn over budget" is no budget
            if (differenceBelow(f)) {
              double low = f.low; // "40% below average" and "40% above the average" differ
              f.low = -f.high;
              f.high = -low;
            }
          } else if (f.kind == ClaimKind.PERCENT && votersWhoVoted(f)) {
            f.counted = "turnout"; // "64% of registered voters cast a ballot"
          } else if (!f.counted.isEmpty()
              && f.kind == ClaimKind.COUNT
              && Counted.parse(f.counted).predicate() == null
              && rescuedPersons(f)) {
            f.counted = f.counted + " rescued"; // "rescuers pulled 14 miners from the shaft"
          } else if (!f.counted.isEmpty()
              && f.kind == ClaimKind.COUNT
              && !carried(Counted.head(f.counted))
              && !totalOf(f)
              && movedBy(f)) {
            f.counted = f.counted + " (change)";
          } else if (lowerAt(f.from - 1).equals("to")) {
            int verb = changeVerb(lex.get(f.from).start());
            if (verb >= 0 && !pastChange(verb) && !recipientOfChange(f, verb)) {
              // "will cut troops to 8,600"; "troops will be cut to 8,000" names none: "(target)"
              f.counted = (f.counted + " (target)").strip();
            }
          }
        }
      }
      changePairs(found);
      List<NumericClaim> out = new ArrayList<>();
      for (Found f : found) {
        int start = lex.get(f.from).start();
        int end = lex.get(f.to - 1).end();
        out.add(
            new NumericClaim(
                text.substring(start, end),
                start,
                end,
                f.low,
                Math.max(f.low, f.high),
                f.hedge,
                f.unit,
                f.counted,
                f.kind));
      }
      return List.copyOf(out);
    }

    // ------------------------------------------------------------------ lexical helpers

    private Lex at(int i) {
      return i >= 0 && i < lex.size() ? lex.get(i) : null;
    }

    private String lowerAt(int i) {
      Lex l = at(i);
      return l == null ? "" : l.lower();
    }

    /**
     * The temperature unit written at {@code at} right after a number: a capital C or F stuck to it
     * ("41C"), after a degree sign ("41°C", "41 °F") or after "degrees" ("41 degrees C"), or null.
     * Degrees with a unit word ("degrees Celsius") are read as two-word units.
     */
    private Units.Unit temperature(int at) {
      int u = at;
      boolean marked = false;
      if (lowerAt(u).equals("°") || lowerAt(u).equals("degrees") || lowerAt(u).equals("degree")) {
        u++;
        marked = true;
      }
      Lex l = at(u);
      if (l == null) {
        return null;
      }
      String t = l.text();
      if (t.equals("°C") || t.equals("°F")) {
        return Units.bySymbol(t);
      }
      if (!(t.equals("C") || t.equals("F")) || !(marked || adjacent(at - 1, at))) {
        return null;
      }
      return Units.bySymbol("°" + t);
    }

    private int temperatureEnd(int at) {
      boolean marked =
          lowerAt(at).equals("°") || lowerAt(at).equals("degrees") || lowerAt(at).equals("degree");
      return marked ? at + 2 : at + 1;
    }

    private boolean adjacent(int i, int j) {
      Lex a = at(i);
      Lex b = at(j);
      return a != null && b != null && a.end() == b.start();
    }

    private boolean isHyphen(int i) {
      String t = lowerAt(i);
      return t.equals("-") || t.equals("–") || t.equals("—");
    }

    // ------------------------------------------------------------------ parsing

    private Found parseAt(int i, int[] skipTo) {
      Lex x = lex.get(i);
      String currency = null;
      int j = i;
      if (x.type() == 'P' && CURRENCY_SYMBOLS.containsKey(x.text()) && isNumberAt(i + 1)) {
        currency = CURRENCY_SYMBOLS.get(x.text());
        j = i + 1;
      } else if (x.isWord()
          && (x.lower().equals("us")
              || x.lower().equals("a")
              || x.lower().equals("c")
              || x.lower().equals("hk"))
          && adjacent(i, i + 1)
          && lowerAt(i + 1).equals("$")
          && isNumberAt(i + 2)) {
        currency = "$";
        j = i + 2;
      } else if (currencyCode(x) && isNumberAt(i + 1)) {
        currency = Units.byWord(x.lower()).symbol();
        j = i + 1;
      }
      Lex core = at(j);
      if (core == null) {
        return null;
      }
      if (currency == null) {
        Found decade = decadeOfAge(i);
        if (decade != null) {
          return decade;
        }
        Found point = pointShare(i);
        if (point != null) {
          return point;
        }
        Found share = fraction(j);
        if (share != null) {
          return share;
        }
      }
      if (core.isWord()) {
        return wordClaim(i, j, currency, skipTo);
      }
      if (!core.isNumber()) {
        return null;
      }
      return numberClaim(i, j, currency, skipTo);
    }

    /**
     * A share written as a fraction, read as a percentage: "half of", "half the", "a third of",
     * "two-thirds of", "three quarters of", "one in five adults", "1 in 4", "nine out of ten
     * doctors". Only a share of something counts: "of" must follow, not before "a" or "an" ("a
     * third of a mile" is a length), or, for "N in M", a noun; "the first half of" is a period, not
     * a share. A share that is no whole percent ("a third") is the range of the whole percents
     * around it (33 to 34), so that it meets "33%". A share "N in M" is a rounded figure (nobody
     * writes "nine in ten" for exactly 90%): the rounding is in M, so it spans N in M + 0.5 to N in
     * M - 0.5, widened to whole percents ("nine out of ten" is 85 to 95%, "one in five" 18 to 23%,
     * "one in four" 22 to 29%, "1 in 50" 1 to 3%). Neighbours such as "one in four" and "one in
     * five" still meet where the rounding of one meets the other's (one in 4.5).
     */
    private Found fraction(int j) {
      String w = lowerAt(j);
      double numerator;
      int denominator;
      int k;
      boolean inForm = false;
      if (w.equals("half")) {
        if (NOT_BEFORE_HALF.contains(lowerAt(j - 1))) {
          return null;
        }
        numerator = 1;
        denominator = 2;
        k = j + 1;
      } else {
        Lex core = at(j);
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
          numerator = 1;
        } else if (NumberWords.SMALL.containsKey(w)) {
          numerator = NumberWords.SMALL.get(w);
        } else if (core != null && core.isNumber() && core.integer() && !core.commas()) {
          numerator = core.value();
        } else {
          return null;
        }
        k = j + 1;
        if (isHyphen(k) && adjacent(j, k)) {
          k++;
        }
        Integer d = DENOMINATORS.get(lowerAt(k));
        if (d != null && !w.equals("half") && d != 2) {
          denominator = d;
          k++;
        } else if (k == j + 1
            && (lowerAt(j + 1).equals("in")
                || (lowerAt(j + 1).equals("out") && lowerAt(j + 2).equals("of")))) {
          int at = lowerAt(j + 1).equals("in") ? j + 2 : j + 3; // "nine out of ten"
          double total = numberAt(at);
          if (total <= numerator || total > 100 || numerator < 1) {
            return null;
          }
          denominator = (int) total;
          k = at + 1;
          inForm = true;
        } else {
          return null;
        }
      }
      if (numerator >= denominator || numerator <= 0) {
        return null;
      }
      if (!shareFollows(k, inForm) && !(!inForm && changedBy(j, k))) {
        return null;
      }
      double percent = numerator * 100 / denominator;
      // "one in five" is M rounded: one in 5.5 to one in 4.5, 18.2 to 22.2%
      double lowest = inForm ? numerator * 100 / (denominator + 0.5) : percent;
      double highest = inForm ? numerator * 100 / (denominator - 0.5) : percent;
      Found f = base(j, k, Math.max(0, Math.floor(lowest)), ClaimKind.PERCENT);
      f.high = Math.min(100, Math.ceil(highest));
      f.unit = "%";
      f.fraction = true;
      return f;
    }

    /**
     * Whether a fraction in words is the size of a change: "rose by a fifth", "fell by about an
     * eighth", "cut by two-thirds in March". "by" comes before it (hedge words between are allowed)
     * and no noun follows it ("hit by a third car" is a rank).
     */
    private boolean changedBy(int j, int k) {
      int b = j - 1;
      while (b >= 0 && b >= j - 3 && HEDGES_BEFORE_BY_FRACTION.contains(lowerAt(b))) {
        b--;
      }
      if (!lowerAt(b).equals("by")) {
        return false;
      }
      Lex next = at(k);
      return next == null || !next.isWord() || AFTER_CHANGE_FRACTION.contains(lowerAt(k));
    }

    /** The value of a whole number in digits or words at a lex, or 0. */
    private double numberAt(int k) {
      Lex l = at(k);
      if (l == null) {
        return 0;
      }
      if (l.isNumber()) {
        return l.integer() && !l.commas() ? l.value() : 0;
      }
      NumberWords.Parsed p = NumberWords.parse(lowers, k);
      return p == null || p.end() != k + 1 ? 0 : p.value();
    }

    /** Whether what follows a fraction makes it a share of something (see {@link #fraction}). */
    private boolean shareFollows(int k, boolean inForm) {
      String next = lowerAt(k);
      if (next.equals("of")) {
        String after = lowerAt(k + 1);
        return !after.isEmpty() && !after.equals("a") && !after.equals("an");
      }
      if (!inForm) {
        // "half the country", "half its staff"
        return lowerAt(k - 1).equals("half") && AFTER_HALF.contains(next);
      }
      Lex l = at(k);
      if (l == null || !l.isWord() || Units.byWord(next) != null) {
        return false; // "one in 10 days" is a rate over time, not a share
      }
      int t = tokenAt(l.start());
      return t >= 0 && (isNominal(t) || pos[t].equals("ADJ"));
    }

    private boolean isNumberAt(int i) {
      Lex l = at(i);
      return l != null && l.isNumber();
    }

    private Found wordClaim(int i, int j, String currency, int[] skipTo) {
      String w = lowerAt(j);
      Lex core = lex.get(j);
      if (MONTHS.containsKey(w.replace(".", "")) && Character.isUpperCase(core.text().charAt(0))) {
        return monthDate(j);
      }
      if (WEEKDAYS.containsKey(w) && Character.isUpperCase(core.text().charAt(0))) {
        Found f = base(j, j + 1, WEEKDAYS.get(w), ClaimKind.DATE);
        f.unit = "weekday";
        return f;
      }
      Found vague = vague(j);
      if (vague != null) {
        return vague;
      }
      Integer ordinal = NumberWords.ORDINALS.get(w);
      if (ordinal != null && !isHyphen(j + 1)) {
        return base(j, j + 1, ordinal, ClaimKind.ORDINAL);
      }
      if ((w.equals("a") || w.equals("an")) && hedgedUnitFollows(j)) {
        Found f = base(i, j + 1, 1, ClaimKind.COUNT); // "in under an hour", "more than a week"
        rangeAndUnit(f, j + 1, null, false);
        return f.kind == ClaimKind.COUNT ? null : f;
      }
      NumberWords.Parsed p = NumberWords.parse(lowers, j);
      if (p == null) {
        return null;
      }
      if (p.value() == 1 && p.end() == j + 1 && !oneCounts(j)) {
        return null;
      }
      if (isHyphen(p.end()) && FRACTIONS.contains(lowerAt(p.end() + 1))) {
        skipTo[0] = p.end() + 2; // "two-thirds"
        return null;
      }
      if (w.equals("a") && p.end() == j + 1) {
        return null;
      }
      Found f = base(i, p.end(), p.value(), ClaimKind.COUNT);
      if (lowers.subList(j, p.end()).contains("dozen")) {
        f.hedge = Hedge.ABOUT;
      }
      if (currency != null) {
        f.kind = ClaimKind.MONEY;
        f.unit = currency;
      }
      rangeAndUnit(f, p.end(), currency, false);
      return f;
    }

    /**
     * Whether "a" or "an" at a lex is a hedged single unit: a hedge word before it and a time or
     * measure unit after it ("under an hour", "more than a week"), or a unit and a half ("a year
     * and a half"). Unhedged, "a week" is mostly not a claim ("a week of talks").
     */
    private boolean hedgedUnitFollows(int j) {
      Units.Unit unit = Units.byWord(lowerAt(j + 1));
      if (unit == null || (unit.kind() != ClaimKind.DURATION && unit.kind() != ClaimKind.MEASURE)) {
        return false;
      }
      String before = lowerAt(j - 1);
      return HEDGE_ONE.containsKey(before)
          || before.equals("than")
          || before.equals("to")
          || (SPAN_PREPOSITIONS.contains(before) && !lowerAt(j + 2).equals("of"))
          || halfFollows(j + 2); // "after a year and a half" is an amount, hedged or not
    }

    /**
     * The speed a length unit makes when "per hour" or "an hour" follows it ("80 miles per hour" is
     * 80 mph, not a length), or null.
     */
    private Units.Unit perHour(Units.Unit length, int k) {
      String per = lowerAt(k);
      if (!"length".equals(length.dimension())
          || !(per.equals("per") || per.equals("an") || per.equals("a"))
          || !lowerAt(k + 1).equals("hour")) {
        return null;
      }
      return switch (length.symbol()) {
        case "mi" -> Units.bySymbol("mph");
        case "km" -> Units.bySymbol("km/h");
        default -> null;
      };
    }

    /** "one" is a number only before a noun: "one man was killed", not "one of the". */
    private boolean oneCounts(int j) {
      Lex next = at(j + 1);
      if (next == null || !next.isWord()) {
        return isHyphen(j + 1);
      }
      int t = tokenAt(next.start());
      return t >= 0
          && (pos[t].equals("NOUN") || pos[t].equals("ADJ"))
          && !next.lower().equals("of");
    }

    /** "dozens of", "hundreds of", "tens of thousands of", "hundreds more". */
    private Found vague(int j) {
      double[] r = VAGUE.get(lowerAt(j));
      if (r == null) {
        return null;
      }
      int end = j + 1;
      double low = r[0];
      double high = r[1];
      if (lowerAt(j + 1).equals("of") && VAGUE.containsKey(lowerAt(j + 2))) {
        double base = VAGUE.get(lowerAt(j + 2))[0] / 2; // "thousands" counts in thousands
        low = r[0] * base;
        high = (r[1] + 1) * base - 1;
        end = j + 3;
      }
      boolean followed =
          lowerAt(end).equals("of")
              || lowerAt(end).equals("more")
              || lowerAt(end).equals("upon")
              || predicateFollows(end);
      if (!followed) {
        return null;
      }
      Found f = base(j, end, low, ClaimKind.COUNT);
      f.high = high;
      f.hedge = Hedge.ABOUT;
      f.vagueOf = lowerAt(end).equals("of");
      return f;
    }

    /** "dozens were hurt", "hundreds injured": a casualty predicate, maybe after auxiliaries. */
    private boolean predicateFollows(int k) {
      int m = k;
      while (m < k + 3 && AUXILIARIES.contains(lowerAt(m))) {
        m++;
      }
      return Counted.isPredicate(lowerAt(m));
    }

    private Found monthDate(int j) {
      int month = MONTHS.get(lowerAt(j).replace(".", ""));
      int k = j + 1;
      if (lowerAt(k).equals(".")) {
        k++;
      }
      Lex day = at(k);
      if (day != null
          && day.isNumber()
          && day.integer()
          && day.value() >= 1
          && day.value() <= 31
          && !day.commas()) {
        int d = (int) day.value();
        int y = 0;
        int end = k + 1;
        if (lowerAt(k + 1).equals(",") && isYear(k + 2)) {
          y = (int) lex.get(k + 2).value();
          end = k + 3;
        } else if (isYear(k + 1)) {
          y = (int) lex.get(k + 1).value();
          end = k + 2;
        }
        Found f = base(j, end, y * 10000 + month * 100 + d, ClaimKind.DATE);
        f.unit = "date";
        return f;
      }
      if (day != null && isYear(k)) {
        Found f = base(j, k + 1, lex.get(k).value() * 10000 + month * 100, ClaimKind.DATE);
        f.unit = "month";
        return f;
      }
      if (lowerAt(j).equals("may") || lowerAt(j).equals("march")) {
        return null; // the verbs
      }
      Found f = base(j, k, month * 100, ClaimKind.DATE);
      f.unit = "month";
      return f;
    }

    private boolean isYear(int k) {
      Lex l = at(k);
      return l != null
          && l.isNumber()
          && l.integer()
          && !l.commas()
          && l.text().length() == 4
          && l.value() >= 1800
          && l.value() <= 2100;
    }

    private Found base(int from, int to, double value, ClaimKind kind) {
      Found f = new Found();
      f.from = from;
      f.to = to;
      f.low = value;
      f.high = value;
      f.kind = kind;
      return f;
    }

    private Found numberClaim(int i, int j, String currency, int[] skipTo) {
      Lex core = lex.get(j);
      if (currency == null) {
        Found tally = tallySide(j);
        if (tally != null) {
          return tally;
        }
      }
      Found time = raceTime(i, j);
      if (time != null) {
        return time;
      }
      int skip = notAClaim(j);
      if (skip > 0) {
        skipTo[0] = skip;
        return null;
      }
      double value = core.value();
      int end = j + 1;
      // "6. 1-magnitude", "£1. 7 million": a decimal the corpus spaced out
      if (core.integer()
          && lowerAt(j + 1).equals(".")
          && adjacent(j, j + 1)
          && isNumberAt(j + 2)
          && lex.get(j + 2).integer()
          && !adjacent(j + 1, j + 2)
          && decimalFollows(j + 3)) {
        Lex frac = lex.get(j + 2);
        value = value + frac.value() / Math.pow(10, frac.text().length());
        end = j + 3;
      }
      // ordinal "21st"
      String suffix = lowerAt(end);
      if (adjacent(end - 1, end)
          && (suffix.equals("st")
              || suffix.equals("nd")
              || suffix.equals("rd")
              || suffix.equals("th"))) {
        return base(i, end + 1, value, ClaimKind.ORDINAL);
      }
      // "11 February 2020"
      if (core.integer()
          && value >= 1
          && value <= 31
          && MONTHS.containsKey(lowerAt(end))
          && Character.isUpperCase(lex.get(end).text().charAt(0))
          && !lowerAt(end).equals("may")) {
        int month = MONTHS.get(lowerAt(end));
        int y = 0;
        int stop = end + 1;
        if (isYear(end + 1)) {
          y = (int) lex.get(end + 1).value();
          stop = end + 2;
        }
        Found f = base(j, stop, y * 10000 + month * 100 + value, ClaimKind.DATE);
        f.unit = "date";
        return f;
      }
      Scale scaled = scale(end, currency);
      if (scaled.present()) {
        value *= scaled.factor();
        end += scaled.width();
      }
      Found f = base(i, end, value, ClaimKind.COUNT);
      f.scaled = scaled.present();
      if (currency != null) {
        f.kind = ClaimKind.MONEY;
        f.unit = currency;
      }
      boolean bare = !scaled.present() && currency == null && core.integer() && !core.commas();
      if (bare && isYear(j) && isoDate(end)) {
        Found f2 = base(j, end + 4, 0, ClaimKind.DATE);
        f2.low = value * 10000 + lex.get(end + 1).value() * 100 + lex.get(end + 3).value();
        f2.high = f2.low;
        f2.unit = "date";
        return f2; // 2020-02-12
      }
      if (bare && isYear(j) && !countFollows(j, end)) {
        f.kind = ClaimKind.DATE;
        f.unit = "year";
        if (isHyphen(end) && isNumberAt(end + 1) && adjacent(end, end + 1)) {
          Lex second = lex.get(end + 1);
          if (second.text().length() == 2 || isYear(end + 1)) {
            double hi =
                second.text().length() == 2
                    ? Math.floor(value / 100) * 100 + second.value()
                    : second.value();
            if (hi > value) {
              f.high = hi; // "the 2008-09 season"
              f.to = end + 2;
            }
          }
        }
        return f;
      }
      if (bare && namePart(j)) {
        skipTo[0] = end;
        return null;
      }
      if (!rangeAndUnit(f, end, currency, bare)) {
        skipTo[0] = f.to;
        return null;
      }
      age(f, j);
      return f;
    }

    /**
     * A span written as hours, minutes and seconds ("2:05:41"), in hours: a time of day has no
     * seconds in news text, a finishing time has. The minutes and seconds are two digits each.
     */
    private Found raceTime(int i, int j) {
      Lex h = lex.get(j);
      if (!h.integer()
          || h.commas()
          || !lowerAt(j + 1).equals(":")
          || !lowerAt(j + 3).equals(":")
          || !sixtieth(j + 2)
          || !sixtieth(j + 4)
          || !adjacent(j, j + 1)
          || !adjacent(j + 1, j + 2)
          || !adjacent(j + 2, j + 3)
          || !adjacent(j + 3, j + 4)
          || lowerAt(j + 5).equals(":")) {
        return null;
      }
      double hours = h.value() + lex.get(j + 2).value() / 60 + lex.get(j + 4).value() / 3600;
      Found f = base(i, j + 5, hours, ClaimKind.DURATION);
      f.unit = "hour";
      return f;
    }

    private boolean sixtieth(int k) {
      Lex l = at(k);
      return l != null && l.isNumber() && l.text().length() == 2 && l.integer() && l.value() < 60;
    }

    private boolean isoDate(int k) {
      return isHyphen(k)
          && isNumberAt(k + 1)
          && lex.get(k + 1).text().length() == 2
          && isHyphen(k + 2)
          && isNumberAt(k + 3)
          && lex.get(k + 3).text().length() == 2
          && adjacent(k, k + 1)
          && adjacent(k + 2, k + 3)
          && lex.get(k + 1).value() >= 1
          && lex.get(k + 1).value() <= 12;
    }

    private boolean decimalFollows(int k) {
      String w = lowerAt(k);
      if (isHyphen(k)) {
        w = lowerAt(k + 1);
      }
      return w.equals("magnitude")
          || NumberWords.SCALES.containsKey(w)
          || w.equals("%")
          || w.equals("percent")
          || Units.byWord(w) != null
          || SCALE_SUFFIXES.containsKey(w);
    }

    /** The scale word or suffix at {@code k}, or {@link Scale#NONE}. */
    private Scale scale(int k, String currency) {
      String w = lowerAt(k);
      if (isHyphen(k) && adjacent(k - 1, k) && NumberWords.SCALES.containsKey(lowerAt(k + 1))) {
        return new Scale(NumberWords.SCALES.get(lowerAt(k + 1)), 2); // "110-billion"
      }
      Double word = NumberWords.SCALES.get(w);
      if (word != null) {
        return new Scale(word, 1);
      }
      Double suffix = SCALE_SUFFIXES.get(w);
      if (suffix != null && adjacent(k - 1, k)) {
        Units.Unit after = Units.byWord(lowerAt(k + 1));
        boolean money = currency != null || (after != null && after.kind() == ClaimKind.MONEY);
        return money || w.equals("bn") || w.equals("mn") || millionsOf(k) || scaledRangeEnd(k, w)
            ? new Scale(suffix, 1)
            : Scale.NONE;
      }
      return Scale.NONE;
    }

    /**
     * Whether an "m" stuck to a number at {@code k} is "million" rather than metres: a decimal
     * ("1.2m visitors") or any number before a person noun ("3m people"), followed by a noun that
     * is no word of size ("1.2m high", "a 100m sprint" stay metres: the first is no noun, the
     * second an integer before a thing).
     */
    private static final Set<String> NO_MILLIONS_BEFORE =
        Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s");

    /**
     * Whether a suffix at {@code k} opens a range whose other end carries the same suffix read as a
     * scale: "between 145m and 152m years" is millions at both ends, as "152m years" is.
     */
    private boolean scaledRangeEnd(int k, String suffix) {
      String link = lowerAt(k + 1);
      return (link.equals("and") || link.equals("to") || isHyphen(k + 1))
          && isNumberAt(k + 2)
          && lowerAt(k + 3).equals(suffix)
          && adjacent(k + 2, k + 3)
          && scale(k + 3, null).present();
    }

    private boolean millionsOf(int k) {
      if (!lowerAt(k).equals("m")) {
        return false;
      }
      Lex number = at(k - 1);
      Lex next = at(k + 1);
      if (number != null && number.isNumber() && millionsOfPersonsBefore(k, number, next)) {
        return true;
      }
      if (number == null || !number.isNumber() || next == null || !next.isWord()) {
        return false;
      }
      if (SIZE_WORDS.contains(next.lower())) {
        return false;
      }
      int t = tokenAt(next.start());
      boolean noun = t >= 0 && (pos[t].equals("NOUN") || pos[t].equals("ADJ"));
      boolean decimal = number.text().indexOf('.') >= 0;
      return noun
          && (decimal || Counted.isPersonNoun(next.lower()) || pluralAfterNoArticle(k, next));
    }

    /**
     * Whether a decimal "Nm" that no noun follows ("climbed to 7.6m in August", "rose to 2.3m.")
     * ends a clause about persons or a number of things: "number" or a person noun among the
     * {@value #MILLIONS_LOOKBACK} words before it, and no word of length or size near it ("the
     * water rose to 5.2m", "the wave was 3.5m high" stay metres). A bounded look back, asked only
     * for such an "m".
     */
    private boolean millionsOfPersonsBefore(int k, Lex number, Lex next) {
      if (number.text().indexOf('.') < 0) {
        return false;
      }
      if (next != null && next.isWord()) {
        int t = tokenAt(next.start());
        if (t < 0
            || pos[t].equals("NOUN")
            || pos[t].equals("ADJ")
            || LENGTH_CONTEXT.contains(next.lower())) {
          return false;
        }
      }
      for (int j = k + 1; j <= k + 3; j++) {
        if (LENGTH_CONTEXT.contains(lowerAt(j))) {
          return false;
        }
      }
      boolean counts = false;
      for (int j = k - 2; j >= 0 && j >= k - 1 - MILLIONS_LOOKBACK; j--) {
        Lex l = at(j);
        if (!l.isWord() && !l.isNumber() && ".;:!?".indexOf(l.text().charAt(0)) >= 0) {
          break;
        }
        String w = l.lower();
        if (LENGTH_CONTEXT.contains(w)) {
          return false;
        }
        counts |= w.equals("number") || Counted.isPersonNoun(w);
      }
      return counts;
    }

    /** Words before a number that may say it counts millions ({@link #millionsOfPersonsBefore}). */
    private static final int MILLIONS_LOOKBACK = 10;

    /** Words of length near an "m" that keep it metres. */
    private static final Set<String> LENGTH_CONTEXT =
        Set.of(
            "high",
            "tall",
            "long",
            "wide",
            "deep",
            "thick",
            "across",
            "away",
            "below",
            "above",
            "height",
            "length",
            "width",
            "depth",
            "distance",
            "level",
            "levels",
            "metres",
            "meters",
            "water",
            "river",
            "tide",
            "wave",
            "waves",
            "sea",
            "jump",
            "vault",
            "throw");

    /**
     * Whether the word after "Nm" is a plural noun and no article or possessive comes before the
     * number: "nearly 2m households", "5m barrels" count millions; "the 100m hurdles" and "her 400m
     * heats" name races.
     */
    private boolean pluralAfterNoArticle(int k, Lex next) {
      String w = next.lower();
      String before = lowerAt(k - 2);
      return w.length() > 3
          && w.endsWith("s")
          && !w.endsWith("ss")
          && !NO_MILLIONS_BEFORE.contains(before);
    }

    /**
     * The sign of a temperature written before its number: "-10C" and "minus 10 degrees Celsius"
     * are below zero. A hyphen between two numbers is a range ("5-10C"), not a sign. Widens the
     * claim to take the sign in.
     */
    private void signOfTemperature(Found f) {
      Units.Unit u = f.kind == ClaimKind.MEASURE ? Units.bySymbol(f.unit) : null;
      if (u == null || !u.dimension().equals("temperature") || f.low != f.high || f.low <= 0) {
        return;
      }
      int sign = f.from - 1;
      boolean minus = lowerAt(sign).equals("minus");
      boolean dash =
          (isHyphen(sign) || lowerAt(sign).equals("\u2212"))
              && adjacent(sign, f.from)
              && !(at(sign - 1) != null && at(sign - 1).isNumber());
      if (minus || dash) {
        f.low = -f.low;
        f.high = f.low;
        f.from = sign;
      }
    }

    /** Whether a plural counted noun follows a year-like number ("some 2000 people"). */
    private boolean countFollows(int j, int k) {
      Lex next = at(k);
      if (next == null || !next.isWord()) {
        return false;
      }
      int t = tokenAt(next.start());
      boolean hedged = HEDGE_ONE.containsKey(lowerAt(j - 1)) || lowerAt(j - 1).equals("than");
      return hedged && t >= 0 && pos[t].equals("NOUN") && next.lower().endsWith("s");
    }

    /**
     * Whether the number at {@code j} is a time, a code, a fraction or a date in digits, and if so
     * the index to resume at; 0 when it may be a claim.
     */
    private int notAClaim(int j) {
      Lex core = lex.get(j);
      Lex prev = at(j - 1);
      if (prev != null && prev.isWord() && prev.end() == core.start() && !currencyCode(prev)) {
        return j + 1; // Q10, M7; "EUR1.3bn" is money
      }
      if (prev != null
          && isHyphen(j - 1)
          && prev.end() == core.start()
          && at(j - 2) != null
          && at(j - 2).isWord()
          && at(j - 2).end() == prev.start()) {
        return j + 1; // COVID-19, AK-47
      }
      if (prev != null && (prev.text().equals("#") || prev.text().equals("№"))) {
        return j + 1;
      }
      if (prev != null
          && prev.text().equals(".")
          && at(j - 2) != null
          && at(j - 2).lower().equals("no")) {
        return j + 1; // No. 5
      }
      if (lowerAt(j + 1).equals(":") && isNumberAt(j + 2)) {
        int k = j + 3;
        while (lowerAt(k).equals(":") && isNumberAt(k + 1)) {
          k += 2;
        }
        return skipMeridiem(k); // 18:07, 4: 08
      }
      if (isMeridiem(j + 1)) {
        return skipMeridiem(j + 1); // 3 p.m., 10am
      }
      if (lowerAt(j + 1).equals(".") && isNumberAt(j + 2) && isMeridiem(j + 3)) {
        return skipMeridiem(j + 3); // 4. 30am
      }
      if (lowerAt(j + 1).equals("/") && isNumberAt(j + 2)) {
        int k = j + 3;
        while (lowerAt(k).equals("/") && isNumberAt(k + 1)) {
          k += 2;
        }
        return k; // 1/2, 05 / 05 / 2010
      }
      Lex next = at(j + 1);
      if (next != null && next.isWord() && core.end() == next.start()) {
        String w = next.lower();
        boolean known =
            Units.byWord(w) != null
                || SCALE_SUFFIXES.containsKey(w)
                || NumberWords.SCALES.containsKey(w)
                || w.equals("st")
                || w.equals("nd")
                || w.equals("rd")
                || w.equals("th")
                || w.equals("am")
                || w.equals("pm")
                || w.equals("percent")
                || w.equals("p") // 140p, pence
                || next.text().equals("bp") // 25bp, basis points
                || next.text().equals("bps")
                || next.text().equals("C") // 41C, a temperature
                || next.text().equals("F");
        if (!known) {
          return j + 2; // 4x4, 3G, 76ers
        }
      }
      return 0;
    }

    private boolean isMeridiem(int k) {
      String w = lowerAt(k);
      if (w.equals("am") || w.equals("pm")) {
        return true;
      }
      return (w.equals("a") || w.equals("p"))
          && lowerAt(k + 1).equals(".")
          && (lowerAt(k + 2).equals("m") || lowerAt(k + 2).equals("m."));
    }

    private int skipMeridiem(int k) {
      String w = lowerAt(k);
      if (w.equals("am") || w.equals("pm")) {
        return k + 1;
      }
      if ((w.equals("a") || w.equals("p")) && lowerAt(k + 1).equals(".")) {
        int m = k + 2;
        if (lowerAt(m).equals("m")) {
          m++;
          if (lowerAt(m).equals(".")) {
            m++;
          }
        }
        return m;
      }
      return k;
    }

    /** "Internet Explorer 8", "Public School 298": a bare integer after a name. */
    private boolean namePart(int j) {
      Lex prev = at(j - 1);
      if (prev == null || !prev.isWord() || !Character.isUpperCase(prev.text().charAt(0))) {
        return false;
      }
      String w = prev.lower();
      if (MONTHS.containsKey(w) || WEEKDAYS.containsKey(w) || HEDGE_ONE.containsKey(w)) {
        return false;
      }
      int t = tokenAt(prev.start());
      if (t < 0 || t == sentenceFirst[sentenceOf[t]]) {
        return false; // "In 2004", "Some 200" open the sentence
      }
      return pos[t].equals("PROPN") || pos[t].equals("NOUN") || pos[t].equals("X");
    }

    /**
     * Reads a range continuation and the unit after a number; returns false when the number turns
     * out to be a score or record (f.to then says where to resume).
     */
    private boolean rangeAndUnit(Found f, int end, String currency, boolean bare) {
      int k = end;
      if (halfFollows(k) && f.low == f.high && f.low == Math.rint(f.low) && !f.scaled) {
        f.low += 0.5; // "2 and a half hours"; words ("two and a half") are read by NumberWords
        f.high = f.low;
        k += 3;
      }
      // range
      boolean between = lowerAt(f.from - 1).equals("between");
      if (unitRepeatedInRange(f, k, between)) {
        k++; // "between 1.5% and 2%", "5C-10C": the first number's unit is the second's
      }
      String link = lowerAt(k);
      boolean hyphen = isHyphen(k);
      if ((hyphen || link.equals("to") || (between && link.equals("and")))
          && !(link.equals("to")
              && lowerAt(f.from - 1).equals("from")
              && changeVerbBefore(f.from))) {
        int m = k + 1;
        String cur2 = null;
        if (at(m) != null && CURRENCY_SYMBOLS.containsKey(lowerAt(m)) && isNumberAt(m + 1)) {
          cur2 = CURRENCY_SYMBOLS.get(lowerAt(m));
          m++;
        }
        Lex second = at(m);
        NumberWords.Parsed wordSecond =
            second != null && second.isWord() && !f.scaled ? NumberWords.parse(lowers, m) : null;
        if (wordSecond != null && wordSecond.value() > f.low) {
          f.high = wordSecond.value(); // "five-six months", "three to four days"
          k = wordSecond.end();
          if (between) {
            f.from--;
          }
        } else if (second != null && second.isNumber() && notAClaim(m) == 0) {
          double hi = second.value();
          int stop = m + 1;
          Scale scaled = scale(stop, currency != null ? currency : cur2);
          double sc = scaled.factor();
          if (scaled.present()) {
            hi *= sc;
            stop += scaled.width();
          }
          boolean smallPair =
              hyphen
                  && bare
                  && second.integer()
                  && !second.commas()
                  && !scaled.present()
                  && hi < 1000;
          if (hyphen && isHyphen(stop) && isNumberAt(stop + 1) && smallPair) {
            f.to = stop + 2; // a 45-7-2 record
            return false;
          }
          double lo = f.low;
          if (scaled.present() && !f.scaled && lo < hi / sc) {
            lo *= sc; // "5 to 10 million"
          } else if (second.commas() && !lex.get(end - 1).commas() && lo < 1000) {
            int groups = second.text().replace(" ", "").split(",").length - 1;
            double lead = Math.floor(hi / Math.pow(1000, groups));
            if (lo <= lead) {
              lo *= Math.pow(1000, groups); // "12-13,000"
            }
          }
          if (smallPair && !unitOrNounFollows(stop)) {
            f.to = stop; // "20-13 win", "a 9-14 start"
            return false;
          }
          if (hi > lo) {
            f.low = lo;
            f.high = hi;
            k = stop;
            if (between) {
              f.from--; // "between 12,000 and 13,000"
            }
            if (currency == null && cur2 != null) {
              f.kind = ClaimKind.MONEY;
              f.unit = cur2;
            }
          }
        }
      }
      f.to = k;
      unit(f, k);
      return true;
    }

    /**
     * Whether a one-word unit at {@code k} stands between the two numbers of a range that repeats
     * it after the second ("between 1.5% and 2%", "from 20C to 25C", "5%-7%"). "to" links a range
     * only after "between" or a "from" that follows no verb of change: "rose 0.3% to 4.5%" is a
     * change and a level.
     */
    private boolean unitRepeatedInRange(Found f, int k, boolean between) {
      String unit = lowerAt(k);
      boolean oneWordUnit =
          unit.equals("%")
              || unit.equals("percent")
              || (Units.byWord(unit) != null && !unit.equals("m"))
              || temperature(k) != null;
      if (!oneWordUnit || f.low != f.high) {
        return false;
      }
      String link = lowerAt(k + 1);
      boolean from = lowerAt(f.from - 1).equals("from") && !changeVerbBefore(f.from);
      boolean linked =
          isHyphen(k + 1)
              || (between && link.equals("and"))
              || ((between || from) && link.equals("to"));
      if (!linked || !isNumberAt(k + 2)) {
        return false;
      }
      boolean sameUnit = lowerAt(k + 3).equals(unit) && lex.get(k + 3).text().equals(at(k).text());
      return sameUnit && lex.get(k + 2).value() > f.low;
    }

    private boolean unitOrNounFollows(int k) {
      Lex next = at(k);
      if (next == null) {
        return false;
      }
      String w = next.lower();
      if (w.equals("%")
          || w.equals("percent")
          || Units.byWord(w) != null
          || temperature(k) != null) {
        return true; // "20-25%", "5-10C"
      }
      if (isHyphen(k)) {
        return Units.byWord(lowerAt(k + 1)) != null;
      }
      int t = tokenAt(next.start());
      return t >= 0
          && pos[t].equals("NOUN")
          && w.endsWith("s")
          && !w.equals("points")
          && !Character.isUpperCase(next.text().charAt(0));
    }

    private void unit(Found f, int k) {
      String w = lowerAt(k);
      boolean hyphen = isHyphen(k) && adjacent(k - 1, k);
      if (hyphen) {
        w = lowerAt(k + 1);
      }
      int at = hyphen ? k + 1 : k;
      Lex afterPercent = at(k + 1);
      boolean percentWord = afterPercent != null && afterPercent.isWord() && adjacent(k, k + 1);
      if (w.equals("%") && !hyphen && !percentWord) {
        f.kind = ClaimKind.PERCENT;
        f.unit = "%";
        f.to = k + 1;
        return;
      }
      if (w.equals("percent") || w.equals("pct")) {
        f.kind = ClaimKind.PERCENT;
        f.unit = "%";
        f.to = at + 1;
        return;
      }
      if (w.equals("per") && lowerAt(at + 1).equals("cent")) {
        f.kind = ClaimKind.PERCENT;
        f.unit = "%";
        f.to = at + 2;
        return;
      }
      if (w.equals("percentage") && isPoint(at + 1)) {
        f.kind = ClaimKind.PERCENT;
        f.unit = "pp";
        f.to = at + 2;
        return;
      }
      boolean basis = w.equals("basis") && isPoint(at + 1);
      Lex unitLex = at(at);
      boolean bp = unitLex != null && (unitLex.text().equals("bp") || unitLex.text().equals("bps"));
      if ((basis || bp) && f.kind == ClaimKind.COUNT) {
        f.kind = ClaimKind.PERCENT; // a basis point is a hundredth of a percentage point
        f.unit = "pp";
        f.low /= 100;
        f.high /= 100;
        f.to = basis ? at + 2 : at + 1;
        return;
      }
      if (w.equals("magnitude")) {
        f.kind = ClaimKind.MEASURE;
        f.unit = "magnitude";
        f.to = at + 1;
        f.hyphenAdjective = hyphen;
        return;
      }
      Units.Unit degrees = temperature(at);
      if (degrees != null && f.kind != ClaimKind.MONEY) {
        f.kind = ClaimKind.MEASURE; // "41C", "106°F", "41 degrees C"
        f.unit = degrees.symbol();
        f.to = temperatureEnd(at);
        return;
      }
      if ((w.equals("degrees") || w.equals("degree"))
          && f.kind == ClaimKind.COUNT
          && f.low > -90
          && weatherNear(f.from, at)
          && !DEGREE_DIFFERENCES.contains(lowerAt(at + 1))
          && !(hyphen && angleFollows(at + 1))) {
        // "41-degree heat", "temperatures of 41 degrees": no scale named; above 60 it is no
        // weather in Celsius, so Fahrenheit (a guess: "a 50-degree day" in Fahrenheit is read as
        // Celsius, and a rise of degrees is no temperature at all)
        f.kind = ClaimKind.MEASURE;
        f.unit = f.high > 60 ? "°F" : "°C";
        f.to = at + 1;
        f.hyphenAdjective = hyphen;
        return;
      }
      if (w.equals("on") && lowerAt(at + 1).equals("the") && lowerAt(at + 2).equals("richter")) {
        f.kind = ClaimKind.MEASURE; // "measured 6.1 on the Richter scale"
        f.unit = "magnitude";
        f.to = lowerAt(at + 3).equals("scale") ? at + 4 : at + 3;
        return;
      }
      if (lowerAt(f.from - 1).equals("magnitude")
          || (isHyphen(f.from - 1) && lowerAt(f.from - 2).equals("magnitude"))
          || (lowerAt(f.from - 1).equals("of") && lowerAt(f.from - 2).equals("magnitude"))) {
        f.kind = ClaimKind.MEASURE;
        f.unit = "magnitude";
        return;
      }
      Units.Unit two = Units.byWord(w + " " + lowerAt(at + 1));
      Units.Unit unit = two != null ? two : Units.byWord(w);
      // "12 m", and "1.2m high" stuck to its number when it is not "1.2m visitors" (millions)
      if (w.equals("m")
          && f.kind != ClaimKind.MONEY
          && (!adjacent(at - 1, at) || !millionsOf(at))) {
        unit = Units.bySymbol("m");
      }
      if (w.equals("p")
          && f.kind == ClaimKind.COUNT
          && !hyphen
          && adjacent(at - 1, at)
          && f.high < MAX_PENCE) {
        unit = Units.bySymbol("p"); // "140p": pence only when stuck to the number, not "1080p"
      }
      if (unit == null || (f.kind == ClaimKind.MONEY && unit.kind() != ClaimKind.MONEY)) {
        return;
      }
      int stop = at + (two != null ? 2 : 1);
      if (unit.symbol().equals("km")
          && lowerAt(stop).equals("/")
          && lowerAt(stop + 1).equals("h")) {
        unit = Units.bySymbol("km/h");
        stop += 2;
      }
      Units.Unit speed = perHour(unit, stop);
      if (speed != null) {
        unit = speed; // "80 miles per hour", "130 kilometres an hour"
        stop += 2;
      }
      if (unit.kind() == ClaimKind.DURATION) {
        if ((isHyphen(stop) && lowerAt(stop + 1).equals("old")) || lowerAt(stop).equals("old")) {
          f.kind = ClaimKind.AGE;
          f.unit = "year";
          f.to = lowerAt(stop).equals("old") ? stop + 1 : stop + 2;
          f.hyphenAdjective = hyphen;
          return;
        }
      }
      if (unit.kind() == ClaimKind.MONEY
          && f.kind != ClaimKind.MONEY
          && w.startsWith("pound")
          && hyphen) {
        unit = Units.bySymbol("lb"); // "a 260-pound lineman"
      }
      f.kind = unit.kind();
      f.unit = unit.symbol();
      f.to = stop;
      f.hyphenAdjective = hyphen;
      if (halfFollows(stop) && f.low == f.high && f.low == Math.rint(f.low)) {
        f.low += 0.5; // "an hour and a half", "a year and a half"
        f.high = f.low;
        f.to = stop + 3;
      }
    }

    /**
     * Where the reference noun of a difference stands: right after the preposition ("40% below
     * average") or after "the" ("40% above the average"), which names the same reference.
     */
    private int referenceAt(Found f) {
      return lowerAt(f.to + 1).equals("the") ? f.to + 2 : f.to + 1;
    }

    /**
     * Whether a difference from a reference lies under it ("2% below target", "£1m under budget"):
     * such a difference is negative, so that it conflicts with the same amount above.
     */
    private boolean differenceBelow(Found f) {
      String w = lowerAt(f.to);
      return w.equals("below") || w.equals("under");
    }

    /**
     * Whether a count is stated as "a total of N": a sum of what is there, never the size of a move
     * ("a total of 196 officers were deployed" is how many took part, not a change in their
     * number).
     */
    private boolean totalOf(Found f) {
      return lowerAt(f.from - 1).equals("of") && lowerAt(f.from - 2).equals("total");
    }

    /**
     * Reads a span of years or more before "ago" as the age of what the sentence dates: "formed 150
     * million years ago" and "150 million years old" state one age. Shorter spans ago ("three days
     * ago") date an event and stay durations.
     */
    private void timeAgoAsAge(Found f) {
      Units.Unit unit = Units.bySymbol(f.unit);
      if (f.kind == ClaimKind.DURATION
          && unit != null
          && unit.factor() >= Units.bySymbol("year").factor()
          && lowerAt(f.to).equals("ago")) {
        f.kind = ClaimKind.AGE; // "dated to 150 million years ago" is "150 million years old"
        f.unit = "year";
        f.low *= unit.factor() / Units.bySymbol("year").factor();
        f.high *= unit.factor() / Units.bySymbol("year").factor();
        f.to++;
      }
    }

    /**
     * Joins a duration in one unit and the smaller-unit duration right after it, bare or after
     * "and" or a comma, into one duration in the larger unit: "two hours and five minutes", "2
     * hours 8 minutes" and "three years, six months" are one span, compared as a whole.
     */
    private void joinCompoundDurations(List<Found> found) {
      for (int n = found.size() - 2; n >= 0; n--) {
        Found a = found.get(n);
        Found b = found.get(n + 1);
        if (a.kind != ClaimKind.DURATION
            || b.kind != ClaimKind.DURATION
            || a.low != a.high
            || b.low != b.high
            || a.hyphenAdjective
            || b.hyphenAdjective) {
          continue;
        }
        String between = b.from == a.to + 1 ? lowerAt(a.to) : "";
        if (b.from != a.to && !between.equals("and") && !between.equals(",")) {
          continue;
        }
        Units.Unit big = Units.bySymbol(a.unit);
        Units.Unit small = Units.bySymbol(b.unit);
        if (big == null || small == null || small.factor() >= big.factor()) {
          continue;
        }
        a.low += b.low * small.factor() / big.factor();
        a.high = a.low;
        a.to = b.to;
        found.remove(n + 1);
      }
    }

    /**
     * The counted thing of a sum, share or count that is a difference from a reference noun right
     * after it: "£4bn over budget", "2% below target", "3% above inflation" count "budget
     * (difference)" and so on, not the budget; or null. Only the nouns of {@link
     * #DIFFERENCE_REFERENCES} are references: "arrested 40 over riots", "fined £20m over breaches"
     * and "12 under investigation" give a cause or a state, not a difference. A determiner or
     * number after the preposition ("over the weekend", "over two years") makes no difference.
     */
    private String differenceFrom(Found f) {
      int reference = referenceAt(f);
      if (!DIFFERENCE_KINDS.contains(f.kind)
          || !DIFFERENCE_WORDS.contains(lowerAt(f.to))
          || !DIFFERENCE_REFERENCES.contains(lowerAt(reference))) {
        return null;
      }
      Lex noun = at(reference);
      if (noun == null || !noun.isWord()) {
        return null;
      }
      int t = tokenAt(noun.start());
      if (t < 0 || !pos[t].equals("NOUN")) {
        return null;
      }
      return noun.lower() + " (difference)";
    }

    /**
     * Whether a percentage counts voters who voted: after "voters", maybe after an auxiliary or
     * adverb, comes "turned out", "voted" or "cast a ballot" ("cast their ballots", "cast a vote"),
     * and no "for", "to" or "against" after that ("64% of registered voters cast a ballot", "58% of
     * voters turned out"). That share is the turnout; "52% of voters voted to leave" and "64% cast
     * their ballots for Macron" are shares of the vote, not of the electorate.
     */
    private boolean votersWhoVoted(Found f) {
      if (!"voter".equals(Counted.head(f.counted))) {
        return false;
      }
      int k = tokenAtOrAfter(lex.get(f.to - 1).end());
      if (k < 0) {
        return false;
      }
      int stop = Math.min(sentenceFirst[sentenceOf[k] + 1], k + 6);
      while (k < stop && !lower[k].equals("voters")) {
        k++;
      }
      k++;
      while (k < stop && (pos[k].equals("AUX") || pos[k].equals("ADV"))) {
        k++;
      }
      if (k >= stop || !VOTING.contains(lower[k])) {
        return false;
      }
      int end = sentenceFirst[sentenceOf[k] + 1];
      int next = k + 1;
      if (lower[k].equals("turned")) {
        return next < end && lower[next].equals("out");
      }
      if (lower[k].equals("cast")) {
        if (next < end && BALLOT_DETERMINERS.contains(lower[next])) {
          next++;
        }
        // what voters cast: the lexicon class "vote" (ballot, ballots, vote, votes)
        if (next >= end || !"vote".equals(Lexicon.wordClass(lower[next]))) {
          return false;
        }
        next++;
      }
      return next >= end || !VOTE_CHOICE.contains(lower[next]);
    }

    /**
     * Whether a word is a currency code before an amount, spaced or glued to it: "USD 5m",
     * "EUR1.3bn", "CHF 20m". A three-letter money word of {@link Units} in capitals ("usd", "eur"
     * and "gbp" in any case), so that "yen" or "rs" in running text is no code.
     */
    private static boolean currencyCode(Lex x) {
      if (!x.isWord() || x.text().length() != 3) {
        return false;
      }
      Units.Unit unit = Units.byWord(x.lower());
      if (unit == null || unit.kind() != ClaimKind.MONEY) {
        return false;
      }
      return x.text().equals(x.lower().toUpperCase(Locale.ROOT))
          || x.lower().equals("usd")
          || x.lower().equals("eur")
          || x.lower().equals("gbp");
    }

    /**
     * An age written as a decade of life after "in his", "in her" or "in their": "in his forties",
     * "in her 30s", "in their early twenties", "in his mid-50s", "in her late teens". The decade is
     * a range of ages (40 to 49; "early" is its first four years, "mid" the middle three, "late"
     * the last three; the teens are 13 to 19), its counted thing the person noun before "in" ("a
     * man in his forties"), if a determiner leads to one.
     */
    private Found decadeOfAge(int i) {
      if (!lowerAt(i - 2).equals("in") || !PERSON_POSSESSIVES.contains(lowerAt(i - 1))) {
        return null;
      }
      int k = i;
      String part = lowerAt(k);
      if (part.equals("early") || part.equals("mid") || part.equals("late")) {
        k += isHyphen(k + 1) ? 2 : 1;
      } else {
        part = "";
      }
      Lex x = at(k);
      if (x == null) {
        return null;
      }
      int low;
      int end = k + 1;
      if (x.isWord() && x.lower().equals("teens")) {
        low = 10;
      } else if (x.isWord() && x.lower().endsWith("ies")) {
        Integer tens = NumberWords.TENS.get(x.lower().substring(0, x.lower().length() - 3) + "y");
        if (tens == null) {
          return null;
        }
        low = tens;
      } else if (x.isNumber()
          && x.integer()
          && x.value() >= 20
          && x.value() <= 110
          && x.value() % 10 == 0
          && lowerAt(k + 1).equals("s")
          && adjacent(k, k + 1)) {
        low = (int) x.value();
        end = k + 2;
      } else {
        return null;
      }
      int first = low == 10 ? 13 : low;
      int last = low + 9;
      Found f = base(i, end, first, ClaimKind.AGE);
      switch (part) {
        case "early" -> f.high = low == 10 ? 14 : low + 3;
        case "mid" -> {
          f.low = Math.max(first, low + 4);
          f.high = low + 6;
        }
        case "late" -> {
          f.low = low + 7;
          f.high = last;
        }
        default -> f.high = last;
      }
      f.unit = "year";
      if (!personBefore(f, i - 3)) {
        f.countedKnown = true; // "in their forties" counts whoever the sentence names
      }
      return f;
    }

    private boolean isPoint(int k) {
      return lowerAt(k).equals("points") || lowerAt(k).equals("point");
    }

    /**
     * A share of one percentage point in words: "half a percentage point", "a quarter of a
     * percentage point", "three quarters of a percentage point" (0.5, 0.25 and 0.75 points).
     */
    private Found pointShare(int i) {
      int k = i;
      double value;
      if (lowerAt(k).equals("half")) {
        value = 0.5;
        k++;
      } else if (lowerAt(k).equals("a") && lowerAt(k + 1).equals("quarter")) {
        value = 0.25;
        k += 2;
      } else if (lowerAt(k).equals("three")
          && (lowerAt(k + 1).equals("quarters")
              || isHyphen(k + 1) && lowerAt(k + 2).equals("quarters"))) {
        value = 0.75;
        k += isHyphen(k + 1) ? 3 : 2;
      } else {
        return null;
      }
      if (lowerAt(k).equals("of")) {
        k++;
      }
      if (!lowerAt(k).equals("a") || !lowerAt(k + 1).equals("percentage") || !isPoint(k + 2)) {
        return null;
      }
      Found f = base(i, k + 3, value, ClaimKind.PERCENT);
      f.unit = "pp";
      return f;
    }

    /**
     * One side of a vote tally written "312-198" (the larger first, hyphen stuck to both) with a
     * verb of voting at most {@value #TALLY_VERB_WINDOW} words before it ("MPs backed the bill
     * 312-198", "the court ruled 5-4"): each number is a count of votes, as in "by 312 votes to
     * 198"; or null. A first number of four digits ("the 2023-24 budget"), a second hyphen (the
     * date "2024-03-15") or "ruled out" make no tally, nor does a verb elsewhere in the sentence
     * ("City won 2-0 after VAR ruled out a goal").
     */
    private Found tallySide(int j) {
      Lex core = lex.get(j);
      if (!core.integer()) {
        return null;
      }
      boolean first =
          isHyphen(j + 1)
              && adjacent(j, j + 1)
              && adjacent(j + 1, j + 2)
              && isNumberAt(j + 2)
              && lex.get(j + 2).integer()
              && lex.get(j + 2).value() < core.value();
      boolean second =
          isHyphen(j - 1)
              && adjacent(j - 1, j)
              && adjacent(j - 2, j - 1)
              && isNumberAt(j - 2)
              && lex.get(j - 2).integer()
              && lex.get(j - 2).value() > core.value();
      int lead = first ? j : j - 2;
      if (!(first || second)
          || lex.get(lead).value() >= 1000
          || isHyphen(lead + 3)
          || isHyphen(lead - 1)
          || !voteBefore(lead)) {
        return null;
      }
      Found f = base(j, j + 1, core.value(), ClaimKind.COUNT);
      f.counted = "votes";
      f.countedKnown = true;
      return f;
    }

    /**
     * Whether a verb of voting or a word of the class "vote" stands at most {@value
     * #TALLY_VERB_WINDOW} words before a lex, not "ruled out".
     */
    private boolean voteBefore(int at) {
      for (int m = at - 1; m >= 0 && m >= at - TALLY_VERB_WINDOW; m--) {
        String w = lowerAt(m);
        if (w.equals("ruled") && lowerAt(m + 1).equals("out")) {
          return false;
        }
        if (VOTE_VERBS.contains(w) || "vote".equals(Lexicon.wordClass(w))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether bare degrees speak of the weather: a word of heat or cold, or of the {@link Lexicon}
     * class "temperature", at most {@value #WEATHER_WINDOW} words before their number or after
     * "degrees" ("41-degree heat", "temperatures of 41 degrees"). A cold word further off ("a
     * 180-degree U-turn after a cold reception") makes no temperature.
     */
    private boolean weatherNear(int from, int degrees) {
      for (int m = from - WEATHER_WINDOW; m <= degrees + WEATHER_WINDOW; m++) {
        String w = lowerAt(m);
        if (HEAT_WORDS.contains(w) || "temperature".equals(Lexicon.wordClass(w))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a turn or a view follows "-degree" ("a 180-degree U-turn", "a 360-degree view"). */
    private boolean angleFollows(int k) {
      String w = lowerAt(k);
      return ANGLE_NOUNS.contains(w)
          || (w.equals("u") && isHyphen(k + 1) && lowerAt(k + 2).startsWith("turn"));
    }

    /** Whether "and a half" starts at a lex. */
    private boolean halfFollows(int k) {
      return lowerAt(k).equals("and")
          && lowerAt(k + 1).equals("a")
          && lowerAt(k + 2).equals("half");
    }

    private void age(Found f, int j) {
      if (f.kind != ClaimKind.COUNT || f.high != f.low || f.low < 1 || f.low > 119) {
        return;
      }
      String before = lowerAt(f.from - 1);
      if (before.equals("aged")
          || before.equals("age")
          || (before.equals("of") && lowerAt(f.from - 2).equals("age"))) {
        f.kind = ClaimKind.AGE;
        f.unit = "year";
        if (before.equals("aged") && lowerAt(f.from - 2).equals(",")) {
          personBefore(f, f.from - 3); // "the victim, aged 19,"
        }
        return;
      }
      Lex comma = at(f.from - 1);
      Lex name = at(f.from - 2);
      String after = lowerAt(f.to);
      if ((before.equals("was") || before.equals("is"))
          && (after.isEmpty() || after.equals(",") || after.equals(".") || after.equals(";"))
          && personSubject(f)) {
        f.kind = ClaimKind.AGE; // "the cyclist killed in the collision was 43, police said"
        f.unit = "year";
        return;
      }
      if (comma != null
          && comma.text().equals(",")
          && name != null
          && name.isWord()
          && (after.equals(",") || after.equals(")") || after.equals(".") || after.equals(";"))) {
        if (personBefore(f, f.from - 2)) {
          f.kind = ClaimKind.AGE; // "the suspect, 34,"
          f.unit = "year";
          return;
        }
        int t = tokenAt(name.start());
        if (t >= 0 && Character.isUpperCase(name.text().charAt(0)) && pos[t].equals("PROPN")) {
          f.kind = ClaimKind.AGE;
          f.unit = "year";
          int s = t;
          while (s - 1 >= sentenceFirst[sentenceOf[t]] && pos[s - 1].equals("PROPN")) {
            s--;
          }
          f.counted = text.substring(tokens[s].start(), tokens[t].end());
          f.countedKnown = true;
        }
      }
    }

    /**
     * Sets the counted thing of an age to the person noun at a lex ("the suspect, 34," counts the
     * suspect's age) when a determiner or possessive leads to it; returns whether it did.
     */
    /**
     * Whether the sentence of a number right after "was" or "is" opens with a person noun as its
     * subject ("The cyclist ... was 43"): its first noun, after a determiner, names a person and no
     * "'s" follows it ("the cyclist's speed was 43" is no age). Counts that noun.
     */
    private boolean personSubject(Found f) {
      Lex be = at(f.from - 1);
      int t = be == null ? -1 : tokenAt(be.start());
      if (t < 1) {
        return false;
      }
      int first = sentenceFirst[sentenceOf[t]];
      int n = first;
      while (n < t && !pos[n].equals("NOUN") && !pos[n].equals("PROPN")) {
        n++;
      }
      if (n >= t
          || n == first
          || !pos[n].equals("NOUN")
          || !pos[n - 1].equals("DET")
          || lower[n + 1].equals("'s")
          || !(Counted.isPersonNoun(lower[n]) || Senses.isPerson(lower[n]))) {
        return false;
      }
      f.counted = text.substring(tokens[n].start(), tokens[n].end());
      f.countedKnown = true;
      return true;
    }

    private boolean personBefore(Found f, int personLex) {
      Lex person = at(personLex);
      if (person == null || !person.isWord()) {
        return false;
      }
      int t = tokenAt(person.start());
      if (t < 1 || !pos[t].equals("NOUN") || !Counted.isPersonNoun(lower[t])) {
        return false;
      }
      int d = t - 1;
      while (d > sentenceFirst[sentenceOf[t]] && pos[d].equals("ADJ")) {
        d--;
      }
      if (!pos[d].equals("DET") && !pos[d].equals("PRON") && !lower[d].equals("'s")) {
        return false;
      }
      f.counted = text.substring(tokens[t].start(), tokens[t].end());
      f.countedKnown = true;
      return true;
    }

    // ------------------------------------------------------------------ hedges

    private void hedgeBefore(Found f) {
      if (f.kind == ClaimKind.DATE || f.kind == ClaimKind.ORDINAL) {
        return;
      }
      int s = f.from;
      String w1 = lowerAt(s - 1);
      String w2 = lowerAt(s - 2) + " " + w1;
      String w3 = lowerAt(s - 3) + " " + w2;
      Hedge h;
      if ((h = HEDGE_THREE.get(w3)) != null && wordsBefore(s, 3)) {
        f.hedge = h;
        f.from = s - 3;
      } else if ((h = HEDGE_TWO.get(w2)) != null && wordsBefore(s, 2)) {
        if (w2.equals("up to") && UP_TO_MOTION.contains(lowerAt(s - 3))) {
          return; // "is going up to £11.44": a movement to a level, not a hedge
        }
        if ((w2.equals("as many") || w2.equals("as much")) && !lowerAt(s - 3).equals("as")) {
          return;
        }
        f.hedge = h;
        f.from = s - 2;
      } else if ((h = HEDGE_ONE.get(w1)) != null && wordsBefore(s, 1) && !during(f, s - 1)) {
        if (w1.equals("estimated") && lowerAt(s - 2).equals("an")) {
          f.from = s - 2;
        } else {
          f.from = s - 1;
        }
        f.hedge = h;
      } else if (PASSING_VERBS.contains(w1) && wordsBefore(s, 1) && !passedAsAct(f, w1)) {
        // "the death toll passed 2,000": the verb stays outside the claim
        f.hedge = Hedge.MORE_THAN;
      }
    }

    /**
     * Whether "over" before a duration means "during" rather than "more than": it follows a noun or
     * number, so it opens a phrase of time of the clause ("drew 80,000 people over three days",
     * "rose 4% over two years"), or it opens the sentence and a comma closes the phrase ("Over
     * three days, ..."), rather than bounding a verb or preposition of span ("lasted over three
     * days", "for over two years").
     */
    private boolean during(Found f, int over) {
      if (f.kind != ClaimKind.DURATION || !lowerAt(over).equals("over")) {
        return false;
      }
      int k = tokenBefore(lex.get(over).start());
      int o = tokenAt(lex.get(over).start());
      if (o < 0) {
        return false;
      }
      if (k < 0 || sentenceOf[k] != sentenceOf[o]) {
        return lowerAt(f.to).equals(","); // "Over three days, the festival drew ..."
      }
      return pos[k].equals("NOUN") || pos[k].equals("PROPN") || pos[k].equals("NUM");
    }

    /**
     * Whether a verb of passing before a claim is no level going beyond it: a vote or score
     * ("passed 312 to 110", "topped 3-1") or, for "passed", a count of things passed ("passed 12
     * bills").
     */
    private boolean passedAsAct(Found f, String verb) {
      if ((lowerAt(f.to).equals("to") || isHyphen(f.to)) && isNumberAt(f.to + 1)) {
        return true; // "passed 312-198", however the tokenizer splits the tally
      }
      int k = tokenAtOrAfter(lex.get(f.to - 1).end());
      if (k < 0) {
        return false;
      }
      if ((lower[k].equals("to") || lower[k].equals("-"))
          && k + 1 < tokens.length
          && !lower[k + 1].isEmpty()
          && Character.isDigit(lower[k + 1].charAt(0))) {
        return true;
      }
      return verb.startsWith("pass") && isNominal(k);
    }

    private boolean wordsBefore(int s, int n) {
      for (int k = s - n; k < s; k++) {
        Lex l = at(k);
        if (l == null || !l.isWord()) {
          return false;
        }
      }
      return true;
    }

    private void hedgeAfter(Found f) {
      if (f.kind == ClaimKind.DATE || f.kind == ClaimKind.ORDINAL || f.hedge != Hedge.EXACT) {
        return;
      }
      String a = lowerAt(f.to);
      String b = lowerAt(f.to + 1);
      if (a.equals("or") && (b.equals("more") || b.equals("over"))) {
        f.hedge = Hedge.AT_LEAST;
        f.to += 2;
      } else if (a.equals("or") && b.equals("so")) {
        f.hedge = Hedge.ABOUT;
        f.to += 2;
      } else if (a.equals("or") && (b.equals("fewer") || b.equals("less"))) {
        f.hedge = Hedge.AT_MOST;
        f.to += 2;
      } else if (a.equals("+") && adjacent(f.to - 1, f.to)) {
        f.hedge = Hedge.AT_LEAST;
        f.to += 1;
      } else if (isHyphen(f.to) && b.equals("plus")) {
        f.hedge = Hedge.AT_LEAST;
        f.to += 2;
      }
    }

    /**
     * Whether moving a count of this head carries persons rather than changing a level: generic
     * people and persons in a part of one event ("pulled 27 survivors from the rubble", "flew 200
     * passengers home"); troops, staff or goods moved are a change.
     */
    private static boolean carried(String head) {
      return Counted.isGenericPeople(head) || Counted.isRoleHead(head);
    }

    /**
     * Whether a count of persons (a person noun, or any noun whose first WordNet sense is a person:
     * "miners", "climbers", "people") is the object of a moving verb with a word naming rescuers at
     * most {@value #RESCUER_WINDOW} words before that verb, its subject ("Rescuers pulled 14 miners
     * from the shaft", "Lifeboat crews pulled 30 climbers off the mountain"): persons that rescuers
     * move are rescued, whatever the verb. Troops that an army pulls out stay a change ({@link
     * #movedBy}); persons in a role of the event keep their plain noun ("pulled 27 survivors" meets
     * "27 survivors were recovered").
     */
    private boolean rescuedPersons(Found f) {
      String head = Counted.head(f.counted);
      if (head == null
          || Counted.isRoleHead(head)
          || !(Counted.isPersonHead(head) || Senses.isPerson(head))
          || !movedBy(f)) {
        return false;
      }
      int t = tokenBefore(lex.get(f.from).start());
      if (t < 0) {
        return false;
      }
      int first = Math.max(sentenceFirst[sentenceOf[t]], t - RESCUER_WINDOW);
      for (int m = first; m < t; m++) {
        if (RESCUERS.contains(lower[m])) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a count is the object of a verb that moves things ("withdraw thousands of troops",
     * "send 3,000 troops"): a change to a level, not the level itself.
     */
    private boolean movedBy(Found f) {
      int k = tokenBefore(lex.get(f.from).start());
      int guard = 0;
      while (k >= 0 && guard++ < 3 && (pos[k].equals("DET") || pos[k].equals("ADJ"))) {
        k--;
      }
      if (k >= 0 && pos[k].equals("VERB") && moving(k)) {
        return true;
      }
      return movedPassive(f);
    }

    /**
     * "4,500 troops have been sent", "200 staff were laid off": the count is the subject of a
     * passive moving verb in a past or perfect tense.
     */
    private boolean movedPassive(Found f) {
      int k = tokenAtOrAfter(lex.get(f.to - 1).end());
      if (k < 0) {
        return false;
      }
      int stop = sentenceFirst[sentenceOf[k] + 1];
      int nouns = 0;
      while (k < stop && nouns < 4 && (isNominal(k) || pos[k].equals("ADJ"))) {
        k++;
        nouns++;
      }
      int auxiliaries = 0;
      boolean event = false; // "are deployed" is where troops are; "were sent" moved them
      while (k < stop && auxiliaries < 3 && pos[k].equals("AUX")) {
        event |= lower[k].equals("been") || lower[k].equals("were") || lower[k].equals("was");
        k++;
        auxiliaries++;
      }
      return nouns > 0
          && event
          && k < stop
          && pos[k].equals("VERB")
          && !lower[k].endsWith("ing")
          && moving(k);
    }

    private boolean moving(int k) {
      for (String stem : MOVING_STEMS) {
        if (lower[k].startsWith(stem)) {
          return true;
        }
      }
      return false;
    }

    // ------------------------------------------------------------------ from X to Y

    private boolean changeVerbBefore(int fromLex) {
      return changeVerb(lex.get(fromLex).start()) >= 0;
    }

    /** The token of a verb of change within ten tokens before an offset, or -1. */
    private int changeVerb(int offset) {
      int t = tokenAt(offset);
      if (t < 0) {
        return -1;
      }
      int first = sentenceFirst[sentenceOf[t]];
      for (int k = t - 1; k >= Math.max(first, t - 12); k--) {
        if (UP_TO_MOTION.contains(lower[k])
            && k + 1 < t
            && (lower[k + 1].equals("up") || lower[k + 1].equals("down"))) {
          return k; // "is going up to £11.44", "will come down to 8,000"
        }
        if (!pos[k].equals("VERB") && !pos[k].equals("NOUN")) {
          continue;
        }
        boolean verbForm =
            pos[k].equals("VERB") || PAST_IRREGULAR.contains(lower[k]) || lower[k].endsWith("ed");
        for (String stem : CHANGE_STEMS) {
          if (lower[k].startsWith(stem) && verbForm) {
            return k;
          }
        }
      }
      return -1;
    }

    private boolean pastChange(int verb) {
      int first = sentenceFirst[sentenceOf[verb]];
      for (int k = verb - 1; k >= Math.max(first, verb - 3); k--) {
        switch (lower[k]) {
          case "to",
              "will",
              "would",
              "could",
              "may",
              "might",
              "should",
              "shall",
              "'ll",
              "can",
              "must" -> {
            return false;
          }
          default -> {}
        }
      }
      String w = lower[verb];
      return PAST_IRREGULAR.contains(w) || w.endsWith("ed");
    }

    private void changePairs(List<Found> found) {
      for (int i = 0; i + 1 < found.size(); i++) {
        Found a = found.get(i);
        Found b = found.get(i + 1);
        if (!lowerAt(a.from - 1).equals("from")
            || b.from != a.to + 1
            || !lowerAt(a.to).equals("to")
            || a.kind != b.kind) {
          continue;
        }
        int verb = changeVerb(lex.get(a.from).start());
        if (verb < 0) {
          continue;
        }
        String counted = a.counted.isEmpty() ? b.counted : a.counted;
        if (counted.isEmpty()) {
          counted = countedBefore(lex.get(a.from - 1).start(), a.kind);
        }
        if (pastChange(verb)) {
          a.counted = counted.isEmpty() ? "" : counted + " (previous)";
          b.counted = counted;
        } else {
          a.counted = counted;
          b.counted = counted.isEmpty() ? "" : counted + " (target)";
        }
        a.countedKnown = true;
        b.countedKnown = true;
      }
    }

    // ------------------------------------------------------------------ counted things

    private String counted(Found f) {
      if (f.kind == ClaimKind.DATE || f.kind == ClaimKind.ORDINAL) {
        return "";
      }
      if (f.unit.equals("magnitude")) {
        return "magnitude"; // a quake's magnitude, whatever the sentence calls the quake
      }
      int start = lex.get(f.from).start();
      int end = lex.get(f.to - 1).end();
      String after = countedAfter(end, f);
      if (!after.isEmpty() && f.kind == ClaimKind.AGE) {
        // "the 29-year-old suspect was arrested": the age is the suspect's, whatever befell them
        int space = after.lastIndexOf(' ');
        boolean predicate =
            space > 0 && Counted.isPredicate(after.substring(space + 1).toLowerCase(Locale.ROOT));
        return predicate ? after.substring(0, space) : after;
      }
      if (!after.isEmpty()) {
        String predicate = f.kind == ClaimKind.COUNT ? casualtyVerbBefore(start) : null;
        if (predicate == null && f.kind == ClaimKind.COUNT) {
          predicate = casualtyNounBefore(start);
        }
        boolean hasPredicate = false;
        for (String w : WHITESPACE.split(after.toLowerCase(Locale.ROOT))) {
          hasPredicate |= Counted.isPredicate(w);
        }
        if (predicate == null && !hasPredicate && f.kind == ClaimKind.COUNT && livesLost(f)) {
          predicate = "killed"; // "22 passengers lost their lives"
        }
        return predicate != null && !hasPredicate ? after + " " + predicate : after;
      }
      if (f.kind == ClaimKind.DURATION) {
        if ((lowerAt(f.to).equals("late") && !LATE_AS_TIME.contains(lowerAt(f.to + 1)))
            || (lowerAt(f.to).equals("behind") && lowerAt(f.to + 1).equals("schedule"))) {
          // "took off 150 minutes late" is "delayed by two and a half hours"; "10 years late on
          // Friday" is a time of day
          return "delayed";
        }
        return verbBefore(start); // "held for 18 days", "lasted eight minutes"
      }
      if (f.kind == ClaimKind.AGE) {
        return "";
      }
      return countedBefore(start, f.kind);
    }

    /** Forms of "lose" that, with "life" or "lives" after them, say that persons died. */
    private static final Set<String> LOSE_FORMS = Set.of("lost", "lose", "loses", "losing");

    /**
     * Whether the persons counted are the subject of losing their lives: "22 passengers lost their
     * lives", "12 climbers have lost their lives". Losing one's life is dying, whatever the noun;
     * the nouns and auxiliaries between the count and the verb are skipped as in {@link
     * #movedPassive}.
     */
    private boolean livesLost(Found f) {
      int k = tokenAtOrAfter(lex.get(f.to - 1).end());
      if (k < 0) {
        return false;
      }
      int stop = sentenceFirst[sentenceOf[k] + 1];
      int skipped = 0;
      while (k < stop
          && skipped < 6
          && (isNominal(k) || pos[k].equals("ADJ") || pos[k].equals("AUX"))) {
        k++;
        skipped++;
      }
      if (k >= stop || !LOSE_FORMS.contains(lower[k])) {
        return false;
      }
      k++;
      if (k < stop && PERSON_POSSESSIVES.contains(lower[k])) {
        k++;
      }
      return k < stop && (lower[k].equals("lives") || lower[k].equals("life"));
    }

    /** "killed at least 27 people": the casualty verb right before a count, as a predicate. */
    private String casualtyVerbBefore(int start) {
      int k = tokenBefore(start);
      return k < 0 ? null : Counted.verbPredicate(lower[k]);
    }

    /**
     * "the evacuation of 3,200 residents", "the deaths of 41 people": a noun naming the casualty
     * event right before "of" and the count, as a predicate.
     */
    private String casualtyNounBefore(int start) {
      int k = tokenBefore(start);
      if (k < 1 || !lower[k].equals("of") || sentenceOf[k - 1] != sentenceOf[k]) {
        return null;
      }
      return Counted.nominalPredicate(lower[k - 1]);
    }

    /** The verb a duration belongs to: "held for 18 days" gives "held". */
    private String verbBefore(int start) {
      int k = tokenBefore(start);
      if (k < 0) {
        return "";
      }
      int first = sentenceFirst[sentenceOf[k]];
      for (int m = k; m >= Math.max(first, k - 4); m--) {
        if (pos[m].equals("VERB")) {
          return lower[m];
        }
        if (!pos[m].equals("ADP")
            && !pos[m].equals("ADV")
            && !pos[m].equals("PART")
            && !LINKING.contains(lower[m])) {
          return "";
        }
      }
      return "";
    }

    private String countedAfter(int end, Found f) {
      String compound = hyphenCompound(end, f);
      if (compound != null) {
        return compound;
      }
      int k = tokenAtOrAfter(end);
      if (k < 0) {
        return "";
      }
      int s = sentenceOf[k];
      int stop = sentenceFirst[s + 1];
      if ((f.kind == ClaimKind.DURATION || f.kind == ClaimKind.AGE) && !f.hyphenAdjective) {
        return "";
      }
      if (k < stop
          && (lower[k].equals("per") || lower[k].equals("each") || lower[k].equals("a"))
          && (f.kind == ClaimKind.MONEY || f.kind == ClaimKind.COUNT)
          && k + 1 < stop
          && isNominal(k + 1)) {
        return text.substring(tokens[k + 1].start(), tokens[k + 1].end()); // "$500 per phone"
      }
      if (k < stop
          && lower[k].equals("of")
          && (f.vagueOf || f.kind == ClaimKind.PERCENT || f.kind == ClaimKind.MEASURE)) {
        k++;
        while (k < stop && determiner(k)) {
          k++; // "25% of its employees"
        }
      }
      while (f.fraction && k < stop && determiner(k)) {
        k++; // "half the country", "half its staff"
      }
      if (f.kind == ClaimKind.PERCENT && (k >= stop || !lower[tokenAtOrAfter(end)].equals("of"))) {
        if (!f.vagueOf && !f.fraction) {
          return "";
        }
      }
      int from = k;
      int maxTokens = f.hyphenAdjective ? 3 : 5;
      while (k < stop && k - from < maxTokens && nounPhraseToken(k, from)) {
        k++;
        if (f.hyphenAdjective && isNominal(k - 1)) {
          break; // "6.1-magnitude quake", not "quake strikes"
        }
      }
      while (k > from && !isNominal(k - 1) && !Counted.isPredicate(lower[k - 1])) {
        k--; // a trailing adjective without its noun
      }
      String np = k > from ? text.substring(tokens[from].start(), tokens[k - 1].end()) : "";
      if (np.isEmpty() && from < stop && Counted.isPredicate(lower[from])) {
        return lower[from]; // "27 dead"
      }
      if (np.isEmpty()
          && from < stop
          && lower[from].equals("were")
          && from + 1 < stop
          && Counted.isPredicate(lower[from + 1])) {
        return lower[from + 1]; // "31 were killed"
      }
      if (np.isEmpty()) {
        return "";
      }
      int m = k;
      int guard = 0;
      boolean reported = false;
      while (m < stop
          && guard++ < 5
          && (pos[m].equals("AUX")
              || pos[m].equals("ADV")
              || lower[m].equals("were")
              || lower[m].equals("have")
              || lower[m].equals("has")
              || lower[m].equals("had")
              || lower[m].equals("been")
              || REPORTING.contains(lower[m])
              || (reported && (lower[m].equals("to") || lower[m].equals("be"))))) {
        reported |= REPORTING.contains(lower[m]); // "are feared trapped", "believed to have died"
        m++;
      }
      if (m < stop && Counted.isPredicate(lower[m]) && !np.contains(" ")
          || m < stop && Counted.isPredicate(lower[m]) && m > k) {
        return np + " " + lower[m];
      }
      return np;
    }

    /** "a three-game losing streak": the word after the hyphen is what is counted. */
    private String hyphenCompound(int end, Found f) {
      if (f.kind != ClaimKind.COUNT
          || end + 1 >= text.length()
          || text.charAt(end) != '-'
          || !Character.isLetter(text.charAt(end + 1))) {
        return null;
      }
      int e = end + 1;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      String word = text.substring(end + 1, e);
      String w = word.toLowerCase(Locale.ROOT);
      if (w.equals("plus") || w.equals("year") || w.equals("old")) {
        return null;
      }
      return word;
    }

    private boolean nounPhraseToken(int k, int from) {
      String p = pos[k];
      if (MONTHS.containsKey(lower[k])
          || WEEKDAYS.containsKey(lower[k])
          || CLOSED_CLASS.contains(lower[k])) {
        return false; // "killed three people Wednesday"
      }
      if (p.equals("PROPN")
          && k > from
          && pos[k - 1].equals("NOUN")
          && !tokens[k - 1].capitalized()) {
        return false; // "one reason Doug McDermott ..." starts a new name
      }
      if (p.equals("NOUN") || p.equals("PROPN")) {
        return !Units.isTimeWord(lower[k]) || k > from;
      }
      if (p.equals("ADJ")) {
        return true;
      }
      if (p.equals("VERB") && k + 1 < tokens.length && isNominal(k + 1) && k == from) {
        return lower[k].endsWith("ed"); // "injured people"
      }
      String t = tokens[k].text();
      boolean hyphenated = t.length() > 1 && t.charAt(0) == '-' && Character.isLetter(t.charAt(1));
      return k > from && (t.equals("-") || hyphenated || t.equals("'s") || t.equals("’s"));
    }

    private boolean isNominal(int k) {
      return pos[k].equals("NOUN") || pos[k].equals("PROPN");
    }

    private String countedBefore(int start, ClaimKind kind) {
      if (kind == ClaimKind.DATE || kind == ClaimKind.ORDINAL || kind == ClaimKind.DURATION) {
        return "";
      }
      int k = tokenBefore(start);
      if (k < 0) {
        return "";
      }
      int first = sentenceFirst[sentenceOf[k]];
      String casualty = kind == ClaimKind.COUNT ? Counted.verbPredicate(lower[k]) : null;
      if (casualty != null) {
        return casualty; // "killing 31"
      }
      int guard = 0;
      boolean linked = false;
      while (k >= first
          && guard++ < 6
          && (LINKING.contains(lower[k])
              || changeOfLevel(k)
              || pos[k].equals("ADV")
              || pos[k].equals("AUX"))) {
        linked |= LINKING.contains(lower[k]) || changeOfLevel(k);
        k--;
      }
      if (!linked
          || k < first
          || !(isNominal(k) || pos[k].equals("ADJ") || pluralOpening(k, first))) {
        return "";
      }
      // collect "NP (of|from|in NP)*" leftwards
      int end = k + 1;
      int s = k;
      int chain = 0;
      while (s - 1 >= first && chain++ < 10) {
        int p = s - 1;
        if (isNominal(p)
            || pos[p].equals("ADJ")
            || pos[p].equals("DET")
            || pos[p].equals("NUM")
            || tokens[p].text().equals("-")
            || lower[p].equals("'s")
            || lower[p].equals("’s")) {
          s = p;
        } else if ((lower[p].equals("of") || lower[p].equals("from") || lower[p].equals("in"))
            && p - 1 >= first
            && (isNominal(p - 1) || pos[p - 1].equals("ADJ") || predicateAfterNoun(p - 1, first))) {
          s = p;
        } else if (predicateAfterNoun(p, first)) {
          s = p; // "the number of people killed in the clashes"
        } else {
          break;
        }
      }
      // split into noun phrases at the prepositions
      List<int[]> phrases = new ArrayList<>();
      int from = s;
      for (int m = s; m <= end; m++) {
        if (m == end || lower[m].equals("of") || lower[m].equals("from") || lower[m].equals("in")) {
          if (m > from) {
            phrases.add(new int[] {from, m});
          }
          from = m + 1;
        }
      }
      if (phrases.isEmpty()) {
        return "";
      }
      int[] primary = phrases.get(0);
      String headWord = lower[primary[1] - 1];
      if (MEASURE_WORDS.contains(headWord)
          && phrases.size() > 1
          && lower[primary[1]].equals("of")) {
        primary = phrases.get(1);
      }
      int a = primary[0];
      for (int m = primary[0] + 1; m < primary[1] - 1; m++) {
        if (pos[m].equals("DET") && !pos[m - 1].equals("DET") && onlyTimeBefore(primary[0], m)) {
          a = m; // "Overnight the temperature": the phrase starts at its determiner
        }
      }
      while (a < primary[1] && (pos[a].equals("DET") || pos[a].equals("NUM"))) {
        a++;
      }
      int b = primary[1];
      if (b - a >= 2
          && MEASURE_WORDS.contains(lower[b - 1])
          && (isNominal(b - 2) || pos[b - 2].equals("ADJ"))) {
        b--; // "troop levels", "the unemployment rate"
      }
      if (a >= b) {
        return "";
      }
      return text.substring(tokens[a].start(), tokens[b - 1].end());
    }

    /**
     * Whether the first word of a sentence, tagged as a verb, is a plural noun: a capitalised "-s"
     * form before a linking verb or a verb of change ("Exports rose to $31bn", "Imports climbed
     * to"); a sentence does not open with a present verb followed by another verb. The tagger also
     * calls such a word a pronoun ("Imports climbed 6%"), which no pronoun but the possessive ones
     * ending in "-s" is.
     */
    private boolean pluralOpening(int k, int first) {
      return k == first
          && !PRONOUNS_IN_S.contains(lower[k])
          && (pos[k].equals("VERB") || pos[k].equals("PRON"))
          && tokens[k].capitalized()
          && lower[k].length() > 3
          && lower[k].endsWith("s")
          && !lower[k].endsWith("ss");
    }

    /**
     * Whether a token is a verb of the {@link Lexicon} classes of rise and fall ("soared",
     * "slumped") followed by "to" or "at": like the linking verbs, it joins a level to the noun
     * before it ("temperatures soared to 39C"); a change ("shares fell 5%") it does not.
     */
    private boolean changeOfLevel(int k) {
      String c = Lexicon.wordClass(lower[k]);
      return pos[k].equals("VERB")
          && ("rise".equals(c) || "fall".equals(c))
          && k + 1 < lower.length
          && (lower[k + 1].equals("to") || lower[k + 1].equals("at"));
    }

    /**
     * Whether every token in [from, to) is a time word, a determiner or an adverb ("Overnight", "At
     * noon", "This month"), so a determiner at {@code to} opens the phrase; "Prices this month"
     * does not.
     */
    private boolean onlyTimeBefore(int from, int to) {
      for (int m = from; m < to; m++) {
        if (!pos[m].equals("ADV")
            && !pos[m].equals("DET")
            && !Units.isTimeWord(lower[m])
            && !TIMES_OF_DAY.contains(lower[m])
            && !MONTHS.containsKey(lower[m])
            && !WEEKDAYS.containsKey(lower[m])) {
          return false;
        }
      }
      return true;
    }

    /** Whether a token is a predicate right after a noun ("people killed", "flights delayed"). */
    private boolean predicateAfterNoun(int k, int first) {
      return k - 1 >= first && isNominal(k - 1) && Counted.isPredicate(lower[k]);
    }

    /**
     * Whether "to" before a count names who received a change, not the level reached: the verb of
     * change comes right before "to" ("power was cut to 1,200 homes"), or with a supply as its
     * object ("cut power to 7,800 homes"; "cut the squad to 23 players" is a level), the count
     * names its own thing after it, and no noun before the verb is that thing ("troops will be cut
     * to 8,600 troops" is a level).
     */
    private boolean recipientOfChange(Found f, int verb) {
      int to = tokenBefore(lex.get(f.from).start());
      int k = verb + 1;
      if (k < to && PARTICLES.contains(lower[k])) {
        k++; // "cut off to"
      }
      while (k < to && determiner(k)) {
        k++;
      }
      if (k < to && isNominal(k) && SUPPLIES.contains(lower[k])) {
        k++; // "cut power to 7,800 homes": what was cut went to the homes
      }
      if (k != to || countedAfter(lex.get(f.to - 1).end(), f).isEmpty()) {
        return false;
      }
      int first = sentenceFirst[sentenceOf[verb]];
      for (int n = first; n < verb; n++) {
        if (isNominal(n) && Counted.matches(lower[n], f.counted)) {
          return false;
        }
      }
      return true;
    }

    /** A determiner or possessive before a noun ("the", "its", "their"). */
    private boolean determiner(int k) {
      return pos[k].equals("DET") || lower[k].equals("the") || POSSESSIVES.contains(lower[k]);
    }

    // ------------------------------------------------------------------ token positions

    /** The token containing or starting at an offset, or -1. */
    private int tokenAt(int offset) {
      int found = firstToken(k -> tokens[k].start() > offset) - 1;
      return found >= 0 && tokens[found].end() > offset ? found : -1;
    }

    /** The first token starting at or after an offset, or -1. */
    private int tokenAtOrAfter(int offset) {
      int first = firstToken(k -> tokens[k].start() >= offset);
      return first < tokens.length ? first : -1;
    }

    /** The last token ending at or before an offset, or -1. */
    private int tokenBefore(int offset) {
      return firstToken(k -> tokens[k].end() > offset) - 1;
    }

    /**
     * The first token index for which a test holds, or the token count when it holds for none; the
     * test must hold from some index on (tokens are in text order), as a binary search needs.
     */
    private int firstToken(IntPredicate holds) {
      int lo = 0;
      int hi = tokens.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (holds.test(mid)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}
