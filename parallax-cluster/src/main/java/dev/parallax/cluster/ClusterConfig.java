package dev.parallax.cluster;

/**
 * Settings of the online story assigner, each bounded and defaulted ({@link #defaults()}).
 *
 * @param minStorySimilarity the floor (0–1] of the similarity an article needs with a story to join
 *     it (see {@code backgroundRatio} for the adaptive part); tuned on ECB+ (docs/benchmarks.md)
 * @param minCopySimilarity estimated Jaccard similarity (0–1] of word 3-shingles that makes an
 *     article a near copy of an earlier one
 * @param windowDays days around a story's first and last article within which dates do not lower
 *     similarity; beyond it similarity decays exponentially with that scale
 * @param titleWeight weight of a title word relative to a body word (>= 1: term frequencies are
 *     taken as 1 + log(tf), which must not go below 1)
 * @param leadWords body words counted as the lead, weighted {@code leadWeight}
 * @param leadWeight weight of a lead word
 * @param nameWeight extra factor for capitalised words (a cheap proxy for names)
 * @param maxBodyWords body words read at most per article
 * @param articleTerms terms kept per article vector
 * @param storyMembers most recent original articles per story that an article is compared with
 * @param queryTerms heaviest article terms used to retrieve candidate stories
 * @param maxPostings most recent stories scanned per query term
 * @param leadYearWords words of title and text (each counted from its start) in which a four-digit
 *     year is taken as the article's year when it has no date
 * @param yearConflictFactor factor (0–1) on the similarity to a story whose years all lie more than
 *     a year away from the article's year (1: years ignored)
 * @param sharedYearBonus added to the similarity to a story when the article names a year (in its
 *     title or the words of its text that are read) that one of the story's {@code storyMembers}
 *     most recent original articles also names: a shared year is evidence of one event where
 *     stories of a kind recur from year to year (0: off)
 * @param maxCandidates stories, best by shared heavy terms, whose full similarity is computed
 * @param minRewriteSimilarity TF-IDF cosine (0–1] with one of a story's earliest original articles
 *     that makes a joining article a rewrite of it; 0.7 is above 98% of independently written
 *     same-event pairs in ECB+
 * @param rewriteSources earliest original articles per story kept for rewrite detection
 * @param backgroundRank which best candidate similarity (2: second best, …) measures the background
 * @param backgroundRatio how many times the running background an article's best similarity must be
 * @param backgroundRate weight (0–1] of each new observation in the running background mean
 * @param splitMembers a story is checked for a split each time an original article joins it, until
 *     it holds more than this many original articles (0: never split)
 * @param splitSimilarity mean cosine between the two halves of a story (average-link bipartition of
 *     its original articles) below which the story splits in two
 * @param mergeSimilarity mean cosine between the original articles of two young stories at or above
 *     which they merge, when an article joining one of them also reaches the join threshold with
 *     the other and the merged story stays within {@link #splitMembers()} (above 1: never merge)
 * @param splitMinPart original articles each half needs for a split (at least 2: the half that
 *     leaves is then founded by an article stored before the one that triggered the split)
 */
public record ClusterConfig(
    double minStorySimilarity,
    double minCopySimilarity,
    int windowDays,
    double titleWeight,
    int leadWords,
    double leadWeight,
    double nameWeight,
    int maxBodyWords,
    int articleTerms,
    int storyMembers,
    int queryTerms,
    int maxPostings,
    int leadYearWords,
    double yearConflictFactor,
    double sharedYearBonus,
    int maxCandidates,
    double minRewriteSimilarity,
    int rewriteSources,
    int backgroundRank,
    double backgroundRatio,
    double backgroundRate,
    int splitMembers,
    double splitSimilarity,
    int splitMinPart,
    double mergeSimilarity) {

  public ClusterConfig {
    requireIn("minStorySimilarity", minStorySimilarity, 0.0001, 1);
    requireIn("minCopySimilarity", minCopySimilarity, 0.01, 1);
    requireIn("windowDays", windowDays, 1, 3650);
    requireIn("titleWeight", titleWeight, 1, 100);
    requireIn("leadWords", leadWords, 0, 100_000);
    requireIn("leadWeight", leadWeight, 1, 100);
    requireIn("nameWeight", nameWeight, 1, 100);
    requireIn("maxBodyWords", maxBodyWords, 1, 1_000_000);
    requireIn("articleTerms", articleTerms, 1, 10_000);
    requireIn("storyMembers", storyMembers, 1, 1000);
    requireIn("queryTerms", queryTerms, 1, 10_000);
    requireIn("maxPostings", maxPostings, 1, 10_000_000);
    requireIn("leadYearWords", leadYearWords, 0, 100_000);
    requireIn("yearConflictFactor", yearConflictFactor, 0, 1);
    requireIn("sharedYearBonus", sharedYearBonus, 0, 1);
    requireIn("maxCandidates", maxCandidates, 1, 100_000);
    requireIn("minRewriteSimilarity", minRewriteSimilarity, 0.01, 1);
    requireIn("rewriteSources", rewriteSources, 0, 100);
    requireIn("backgroundRank", backgroundRank, 2, 1000);
    requireIn("backgroundRatio", backgroundRatio, 0, 100);
    requireIn("backgroundRate", backgroundRate, 0.0001, 1);
    requireIn("splitMembers", splitMembers, 0, 1000);
    requireIn("splitSimilarity", splitSimilarity, 0, 1);
    requireIn("splitMinPart", splitMinPart, 2, 1000);
    requireIn("mergeSimilarity", mergeSimilarity, 0, 2);
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(
        0.22, 0.5, 7, 2.0, 60, 1.5, 1.5, 800, 80, 8, 20, 300, 30, 0.3, 0.08, 30, 0.7, 3, 3, 2.3,
        0.01, 24, 0.2, 3, 0.3);
  }

  public ClusterConfig withMinStorySimilarity(double value) {
    return with(c -> c.minStorySimilarity = value);
  }

  /** These settings with story splits and merges off ({@link #splitMembers()} 0). */
  public ClusterConfig withoutSplits() {
    return with(c -> c.splitMembers = 0);
  }

  /** These settings with other split settings (see the record's parameters). */
  public ClusterConfig withSplits(int members, double similarity, int minPart) {
    return with(
        c -> {
          c.splitMembers = members;
          c.splitSimilarity = similarity;
          c.splitMinPart = minPart;
        });
  }

  /** These settings with another {@link #sharedYearBonus()} (0: years named do not count). */
  public ClusterConfig withSharedYearBonus(double value) {
    return with(c -> c.sharedYearBonus = value);
  }

  /** These settings with another {@link #mergeSimilarity()} (above 1: stories never merge). */
  public ClusterConfig withMergeSimilarity(double value) {
    return with(c -> c.mergeSimilarity = value);
  }

  /** These settings with another {@link #backgroundRatio()} (0: the floor alone decides). */
  public ClusterConfig withBackgroundRatio(double value) {
    return with(c -> c.backgroundRatio = value);
  }

  /** A copy with {@code change} applied, checked like any other configuration. */
  private ClusterConfig with(java.util.function.Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** The settings while a copy is being changed. */
  private static final class Draft {
    double minStorySimilarity;
    double minCopySimilarity;
    int windowDays;
    double titleWeight;
    int leadWords;
    double leadWeight;
    double nameWeight;
    int maxBodyWords;
    int articleTerms;
    int storyMembers;
    int queryTerms;
    int maxPostings;
    int leadYearWords;
    double yearConflictFactor;
    double sharedYearBonus;
    int maxCandidates;
    double minRewriteSimilarity;
    int rewriteSources;
    int backgroundRank;
    double backgroundRatio;
    double backgroundRate;
    int splitMembers;
    double splitSimilarity;
    int splitMinPart;
    double mergeSimilarity;

    Draft(ClusterConfig c) {
      minStorySimilarity = c.minStorySimilarity;
      minCopySimilarity = c.minCopySimilarity;
      windowDays = c.windowDays;
      titleWeight = c.titleWeight;
      leadWords = c.leadWords;
      leadWeight = c.leadWeight;
      nameWeight = c.nameWeight;
      maxBodyWords = c.maxBodyWords;
      articleTerms = c.articleTerms;
      storyMembers = c.storyMembers;
      queryTerms = c.queryTerms;
      maxPostings = c.maxPostings;
      leadYearWords = c.leadYearWords;
      yearConflictFactor = c.yearConflictFactor;
      sharedYearBonus = c.sharedYearBonus;
      maxCandidates = c.maxCandidates;
      minRewriteSimilarity = c.minRewriteSimilarity;
      rewriteSources = c.rewriteSources;
      backgroundRank = c.backgroundRank;
      backgroundRatio = c.backgroundRatio;
      backgroundRate = c.backgroundRate;
      splitMembers = c.splitMembers;
      splitSimilarity = c.splitSimilarity;
      splitMinPart = c.splitMinPart;
      mergeSimilarity = c.mergeSimilarity;
    }

    ClusterConfig build() {
      return new ClusterConfig(
          minStorySimilarity,
          minCopySimilarity,
          windowDays,
          titleWeight,
          leadWords,
          leadWeight,
          nameWeight,
          maxBodyWords,
          articleTerms,
          storyMembers,
          queryTerms,
          maxPostings,
          leadYearWords,
          yearConflictFactor,
          sharedYearBonus,
          maxCandidates,
          minRewriteSimilarity,
          rewriteSources,
          backgroundRank,
          backgroundRatio,
          backgroundRate,
          splitMembers,
          splitSimilarity,
          splitMinPart,
          mergeSimilarity);
    }
  }

  private static void requireIn(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "]: " + value);
    }
  }
}
