package dev.parallax.cluster;

import dev.parallax.cluster.internal.IntList;
import dev.parallax.cluster.internal.LongIntMap;
import dev.parallax.cluster.internal.LongList;
import dev.parallax.cluster.minhash.MinHasher;
import dev.parallax.cluster.minhash.NearDuplicateIndex;
import dev.parallax.cluster.text.LeadDates;
import dev.parallax.cluster.text.TermVector;
import dev.parallax.cluster.text.Tokens;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.StoryAssigner;
import dev.parallax.core.StoryChange;
import dev.parallax.core.StoryMerge;
import dev.parallax.core.StorySplit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Online single-pass story clustering with copy detection.
 *
 * <p>Each article, in stream order, is first checked for copies: an exact copy has the same
 * normalised words as an earlier article; a near copy has MinHash-estimated word-shingle Jaccard
 * similarity of at least {@link ClusterConfig#minCopySimilarity()}. A copy joins the story of the
 * earliest article of its content and is linked to it.
 *
 * <p>Any other article becomes a TF-IDF vector (document frequencies counted online; title, lead
 * and capitalised words weighted up). Its similarity to a story is the best cosine with one of the
 * story's {@link ClusterConfig#storyMembers()} most recent original articles (single link: unlike a
 * centroid, a story that wrongly merged two events does not grow into a "black hole" that pulls in
 * every article of its kind), lowered for dates far outside the story's span and for a year (from
 * the date, the dateline or the lead) more than a year away from all of the story's years, and
 * raised by {@link ClusterConfig#sharedYearBonus()} when the article names a year that an article
 * of the story names too. The article joins the most similar story if that similarity reaches a
 * threshold, else it founds a new story.
 *
 * <p>The threshold adapts to the corpus: it is the larger of {@link
 * ClusterConfig#minStorySimilarity()} and {@link ClusterConfig#backgroundRatio()} times a running
 * mean of each article's {@link ClusterConfig#backgroundRank()}-th best candidate similarity, which
 * measures how alike unrelated stories of one kind are in this stream. Where independent reports
 * are worded differently (ECB+) the background is low and the floor decides; where articles of one
 * kind share much wording (templated local news, the synthetic stream) the threshold rises with it.
 * See docs/benchmarks.md for both.
 *
 * <p>An article that joins a story with a cosine of at least {@link
 * ClusterConfig#minRewriteSimilarity()} to one of the story's earliest original articles is marked
 * a rewrite of it: the same facts in new words.
 *
 * <p>Candidate stories come from an inverted index over each story's heaviest terms: the most
 * recent postings of the article's heaviest terms are scored by shared weight, and only the best
 * {@link ClusterConfig#maxCandidates()} get a full similarity, so the cost of an article does not
 * grow with the number of stories. State is kept in primitive structures where it grows with the
 * stream.
 *
 * <p>An online decision cannot take back what it joined, and one article that fits two events of a
 * kind can chain them into one story. So while a story is young (at most {@link
 * ClusterConfig#splitMembers()} original articles) every join re-checks it: its original articles
 * are split in two by average link, and when the two halves have a mean cosine below {@link
 * ClusterConfig#splitSimilarity()} and each holds at least {@link ClusterConfig#splitMinPart()}
 * articles, the half without the founder (and the copies of its articles) leaves for a new story.
 * The opposite error, one event founded twice, is mended the same way: when an article joins one
 * young story and also reaches the join threshold with another, and the original articles of the
 * two have a mean cosine of at least {@link ClusterConfig#mergeSimilarity()}, the younger story
 * merges into the older (if the result is still young). Splits and merges are reported to the
 * listener given to {@link #onChange}, so that the store follows.
 *
 * <p>Story ids are a hash of the founding article's id, so the same stream gives the same ids and
 * later articles never rename a story: a split keeps the old id for the founder's half and names
 * the other half after its earliest article; a merge keeps the older story's id, and the younger id
 * is retired (a later split can bring it back with its founder). Not thread-safe.
 */
public final class OnlineStoryAssigner implements StoryAssigner {
  private static final int SHINGLE_WORDS = 3;
  private static final int BANDS = 16;
  private static final int ROWS = 4;
  private static final long MINHASH_SEED = 0x5EED_2026L;

  /** Running mean of each article's third-best candidate similarity (see class comment). */
  private double background;

  private long backgroundCount;

  private final ClusterConfig config;
  private final MinHasher hasher = new MinHasher(BANDS * ROWS, SHINGLE_WORDS, MINHASH_SEED);
  private final NearDuplicateIndex nearIndex;
  private final LongIntMap exactIndex = new LongIntMap();

  // Per article, by item number (order of assignment).
  private final Map<String, Integer> itemById = new HashMap<>();
  private final List<String> articleIds = new ArrayList<>();
  private final IntList storyOfItem = new IntList(1024);
  private final IntList originOfItem = new IntList(1024);

  // Document frequencies, counted online.
  private final Map<String, Integer> termIds = new HashMap<>();
  private final IntList documentFrequency = new IntList(1024);
  private int documents;

  // Stories, by story number (order of founding), and the inverted index over their terms.
  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, Integer> storyById = new HashMap<>();
  private final Map<Integer, IntList> postings = new HashMap<>();
  private float[] candidateScores = new float[16];
  private final IntList touched = new IntList();

  // Per item, for rebuilding a story's time span and years after a split.
  private final LongList whenOfItem = new LongList(1024);
  private final IntList yearOfItem = new IntList(1024);
  private final LongList yearMaskOfItem = new LongList(1024);
  private Consumer<StoryChange> changeListener = change -> {};

  /** Stories merged into others and not brought back by a split. */
  private int retired;

  /** The features of one article, computed once. */
  private record Features(
      long contentKey,
      int[] signature,
      TermVector vector,
      int[] heaviest,
      int[] terms,
      Instant when,
      int year,
      long yearMask) {}

  /** An original article of a young story, kept for the split check. */
  private record Member(int item, TermVector vector, boolean original) {}

  private static final class StoryState {
    final String id;
    Instant first;
    Instant last;
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;

    /** Year masks of the {@link #members}, as a ring of at most storyMembers. */
    long[] memberYears = new long[0];

    int memberYearsAdded;
    int[] indexedTerms = new int[0];

    /** Every article of the story, copies included, in ingest order. */
    final IntList items = new IntList(1);

    /** Original articles (and rewrites) so far. */
    int originals;

    /**
     * While the story is young: its original articles and their pairwise cosines (row-major lower
     * triangle); null once the story is past {@link ClusterConfig#splitMembers()}.
     */
    List<Member> young = new ArrayList<>(1);

    float[] youngCosines = new float[0];

    /** The earliest original articles (item numbers and vectors), for rewrite detection. */
    final IntList sourceItems = new IntList(1);

    final List<TermVector> sourceVectors = new ArrayList<>(1);

    /** The most recent original articles' vectors: the story as similarity sees it. */
    final java.util.ArrayDeque<TermVector> members = new java.util.ArrayDeque<>(2);

    StoryState(String id) {
      this.id = id;
    }
  }

  private OnlineStoryAssigner(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.nearIndex = new NearDuplicateIndex(BANDS, ROWS, config.minCopySimilarity());
  }

  public static OnlineStoryAssigner create(ClusterConfig config) {
    return new OnlineStoryAssigner(config);
  }

  @Override
  public int storyCount() {
    return stories.size() - retired;
  }

  /**
   * The similarity an article needs now to join a story: the floor, or more where the stream's
   * background similarity is high (see the class comment).
   */
  public double joinThreshold() {
    return Math.max(config.minStorySimilarity(), config.backgroundRatio() * background);
  }

  /** The running background similarity behind {@link #joinThreshold()}, 0 before any. */
  public double background() {
    return background;
  }

  /** How many articles have updated the background so far. */
  public long backgroundObservations() {
    return backgroundCount;
  }

  /**
   * Sets the background as it was after the last stored article: {@link #restore} replays stored
   * decisions without the candidate similarities the background is made of, so a restart must bring
   * it back from the store to go on exactly as an uninterrupted stream would.
   */
  public void restoreBackground(double background, long observations) {
    if (!(background >= 0) || observations < 0) {
      throw new IllegalArgumentException(
          "background must be >= 0 and observations >= 0: " + background + ", " + observations);
    }
    this.background = background;
    this.backgroundCount = observations;
  }

  /**
   * Sets what hears of each story split and merge, in order, as it happens during {@link #assign}
   * (before it returns); by default changes go unreported. The listener must not call back into
   * this assigner.
   */
  public void onChange(Consumer<StoryChange> listener) {
    this.changeListener = Objects.requireNonNull(listener, "listener");
  }

  /** The story an assigned or restored article is in now (splits move articles), or null. */
  public String storyOf(String articleId) {
    Integer item = itemById.get(articleId);
    return item == null ? null : stories.get(storyOfItem.get(item)).id;
  }

  /** Whether an article with this id was assigned or restored already. */
  public boolean contains(String articleId) {
    return itemById.containsKey(articleId);
  }

  /** The story id an article founding a story gets. */
  public static String storyIdFor(String founderArticleId) {
    return "s-" + Article.sha256Hex(founderArticleId).substring(0, 12);
  }

  @Override
  public Assignment assign(Article article) {
    if (itemById.containsKey(article.id())) {
      throw new IllegalArgumentException("article already assigned: " + article.id());
    }
    Features f = featuresOf(article);
    int exact = exactIndex.get(f.contentKey(), -1);
    if (exact >= 0) {
      int origin = originOfItem.get(exact);
      return record(
          article, f, storyOfItem.get(origin), false, CopyKind.EXACT, origin, origin, 1.0, 1.0);
    }
    NearDuplicateIndex.Match near = nearIndex.find(f.signature());
    if (near != null) {
      int origin = originOfItem.get(near.item());
      return record(
          article,
          f,
          storyOfItem.get(origin),
          false,
          CopyKind.NEAR,
          origin,
          origin,
          near.similarity(),
          near.similarity());
    }

    int bestStory = -1;
    double bestSimilarity = 0;
    int[] candidates = candidates(f);
    double[] sims = new double[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      int candidate = candidates[c];
      double sim = similarity(f, stories.get(candidate));
      sims[c] = sim;
      if (sim > bestSimilarity || (sim == bestSimilarity && candidate < bestStory)) {
        bestSimilarity = sim;
        bestStory = candidate;
      }
    }
    double threshold = joinThreshold();
    if (sims.length >= config.backgroundRank()) {
      double[] sorted = sims.clone();
      Arrays.sort(sorted);
      double bg = sorted[sorted.length - config.backgroundRank()];
      background =
          backgroundCount == 0 ? bg : background + (bg - background) * config.backgroundRate();
      backgroundCount++;
    }
    if (bestStory >= 0 && bestSimilarity >= threshold) {
      StoryState story = stories.get(bestStory);
      int rewritten = -1;
      double rewriteSimilarity = 0;
      for (int i = 0; i < story.sourceItems.size(); i++) {
        double sim = f.vector().cosine(story.sourceVectors.get(i));
        if (sim >= config.minRewriteSimilarity() && sim > rewriteSimilarity) {
          rewritten = story.sourceItems.get(i);
          rewriteSimilarity = sim;
        }
      }
      if (rewritten >= 0) {
        return afterJoin(
            record(
                article,
                f,
                bestStory,
                false,
                CopyKind.REWRITE,
                -1,
                rewritten,
                rewriteSimilarity,
                Math.min(1, bestSimilarity)),
            bestStory,
            candidates,
            sims,
            threshold);
      }
      return afterJoin(
          record(
              article,
              f,
              bestStory,
              false,
              CopyKind.ORIGINAL,
              -1,
              -1,
              0,
              Math.min(1, bestSimilarity)),
          bestStory,
          candidates,
          sims,
          threshold);
    }
    int story = newStory(storyIdFor(article.id()));
    return record(article, f, story, true, CopyKind.ORIGINAL, -1, -1, 0, 1.0);
  }

  /**
   * Replays an earlier decision (from the store) without deciding again, so that the assigner's
   * state after a restart matches what was stored even if its settings changed since.
   */
  public void restore(Article article, Assignment stored) {
    if (!article.id().equals(stored.articleId())) {
      throw new IllegalArgumentException(
          "assignment is for " + stored.articleId() + ", not " + article.id());
    }
    if (itemById.containsKey(article.id())) {
      throw new IllegalArgumentException("article already assigned: " + article.id());
    }
    Features f = featuresOf(article);
    Integer story = storyById.get(stored.storyId());
    if (story == null) {
      story = newStory(stored.storyId());
    }
    Integer linked = stored.copyOf() == null ? null : itemById.get(stored.copyOf());
    CopyKind kind = linked == null ? CopyKind.ORIGINAL : stored.copyKind();
    int origin = kind == CopyKind.EXACT || kind == CopyKind.NEAR ? originOfItem.get(linked) : -1;
    record(
        article,
        f,
        story,
        stored.foundedStory(),
        kind,
        origin,
        linked == null ? -1 : linked,
        stored.copySimilarity(),
        stored.storySimilarity());
  }

  private Assignment record(
      Article article,
      Features f,
      int story,
      boolean founded,
      CopyKind kind,
      int origin,
      int linked,
      double copySimilarity,
      double storySimilarity) {
    int item = articleIds.size();
    articleIds.add(article.id());
    itemById.put(article.id(), item);
    storyOfItem.add(story);
    originOfItem.add(origin < 0 ? item : origin);
    if (exactIndex.get(f.contentKey(), -1) < 0) {
      exactIndex.put(f.contentKey(), item);
    }
    nearIndex.add(f.signature());
    countDocument(f.terms());
    whenOfItem.add(f.when() == null ? Long.MIN_VALUE : f.when().toEpochMilli());
    yearOfItem.add(f.year());
    yearMaskOfItem.add(f.yearMask());
    StoryState state = stories.get(story);
    state.items.add(item);
    if (kind == CopyKind.ORIGINAL || kind == CopyKind.REWRITE) {
      addYoung(state, new Member(item, f.vector(), kind == CopyKind.ORIGINAL));
      index(story, f.vector(), f.heaviest());
      addMember(state, f.vector(), f.yearMask());
    }
    if (kind == CopyKind.ORIGINAL && state.sourceItems.size() < config.rewriteSources()) {
      state.sourceItems.add(item);
      state.sourceVectors.add(f.vector());
    }
    if (f.year() > 0) {
      state.minYear = Math.min(state.minYear, f.year());
      state.maxYear = Math.max(state.maxYear, f.year());
    }
    Instant when = f.when();
    if (when != null) {
      state.first = state.first == null || when.isBefore(state.first) ? when : state.first;
      state.last = state.last == null || when.isAfter(state.last) ? when : state.last;
    }
    String copyOf = kind == CopyKind.ORIGINAL ? null : articleIds.get(linked);
    return new Assignment(
        article.id(), state.id, founded, kind, copyOf, copySimilarity, storySimilarity);
  }

  /** Keeps a young story's new original article and its cosines to the earlier ones. */
  private void addYoung(StoryState state, Member member) {
    state.originals++;
    if (state.young == null) {
      return;
    }
    if (state.originals > config.splitMembers()) {
      state.young = null;
      state.youngCosines = null;
      return;
    }
    int n = state.young.size();
    float[] cosines = Arrays.copyOf(state.youngCosines, state.youngCosines.length + n);
    for (int j = 0; j < n; j++) {
      cosines[state.youngCosines.length + j] =
          (float) member.vector().cosine(state.young.get(j).vector());
    }
    state.young.add(member);
    state.youngCosines = cosines;
  }

  private static float cosine(float[] lowerTriangle, int i, int j) {
    if (i == j) {
      return 1;
    }
    int hi = Math.max(i, j);
    int lo = Math.min(i, j);
    return lowerTriangle[hi * (hi - 1) / 2 + lo];
  }

  /**
   * Checks a story an article just joined for a split, then for merges with the other candidate
   * stories the article also reached the threshold with; the assignment follows the article.
   */
  private Assignment afterJoin(
      Assignment assignment, int story, int[] candidates, double[] sims, double threshold) {
    StorySplit split = splitIfTwoEvents(story);
    if (split != null) {
      changeListener.accept(split);
    }
    int item = itemById.get(assignment.articleId());
    for (int c = 0; c < candidates.length; c++) {
      int here = storyOfItem.get(item);
      int other = candidates[c];
      if (other != here && sims[c] >= threshold) {
        StoryMerge merge = mergeIfOneEvent(here, other);
        if (merge != null) {
          changeListener.accept(merge);
        }
      }
    }
    String now = stories.get(storyOfItem.get(item)).id;
    if (now.equals(assignment.storyId())) {
      return assignment;
    }
    return new Assignment(
        assignment.articleId(),
        now,
        false,
        assignment.copyKind(),
        assignment.copyOf(),
        assignment.copySimilarity(),
        assignment.storySimilarity());
  }

  /**
   * Merges two young stories whose original articles are alike on average (see the class comment)
   * into the older one, or returns null.
   */
  private StoryMerge mergeIfOneEvent(int a, int b) {
    StoryState sa = stories.get(a);
    StoryState sb = stories.get(b);
    if (sa.young == null
        || sb.young == null
        || sa.young.isEmpty()
        || sb.young.isEmpty()
        || sa.originals + sb.originals > config.splitMembers()) {
      return null;
    }
    double sum = 0;
    for (Member x : sa.young) {
      for (Member y : sb.young) {
        sum += x.vector().cosine(y.vector());
      }
    }
    double mean = sum / ((double) sa.young.size() * sb.young.size());
    if (mean < config.mergeSimilarity()) {
      return null;
    }
    boolean aOlder = sa.items.get(0) < sb.items.get(0);
    int keep = aOlder ? a : b;
    int gone = aOlder ? b : a;
    StoryState old = stories.get(keep);
    StoryState absorbed = stories.get(gone);
    StoryState kept = new StoryState(old.id);
    List<String> moved = new ArrayList<>(absorbed.items.size());
    int i = 0;
    int j = 0;
    while (i < old.items.size() || j < absorbed.items.size()) {
      boolean fromOld =
          j >= absorbed.items.size()
              || (i < old.items.size() && old.items.get(i) < absorbed.items.get(j));
      int it = fromOld ? old.items.get(i++) : absorbed.items.get(j++);
      kept.items.add(it);
      if (!fromOld) {
        storyOfItem.set(it, keep);
        moved.add(articleIds.get(it));
      }
    }
    List<Member> members = new ArrayList<>(old.young);
    members.addAll(absorbed.young);
    members.sort(java.util.Comparator.comparingInt(Member::item));
    for (Member m : members) {
      addYoung(kept, m);
    }
    install(keep, kept, old);
    indexMembers(keep, absorbed.young);
    StoryState dead = new StoryState(absorbed.id);
    dead.young = null;
    dead.youngCosines = null;
    stories.set(gone, dead);
    retired++;
    return new StoryMerge(old.id, absorbed.id, moved, mean);
  }

  /**
   * Splits a young story in two by average link over its original articles when the halves are far
   * enough apart (see the class comment), or returns null.
   */
  private StorySplit splitIfTwoEvents(int story) {
    StoryState state = stories.get(story);
    List<Member> young = state.young;
    int minPart = config.splitMinPart();
    if (young == null || young.size() < 2 * minPart) {
      return null;
    }
    int n = young.size();
    float[] cos = state.youngCosines;
    // Agglomerate to two clusters by average link: n is at most splitMembers, so cubic is small.
    List<IntList> clusters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      IntList c = new IntList(1);
      c.add(i);
      clusters.add(c);
    }
    while (clusters.size() > 2) {
      int bestA = 0;
      int bestB = 1;
      double best = -1;
      for (int a = 0; a < clusters.size(); a++) {
        for (int b = a + 1; b < clusters.size(); b++) {
          double link = meanCosine(cos, clusters.get(a), clusters.get(b));
          if (link > best) {
            best = link;
            bestA = a;
            bestB = b;
          }
        }
      }
      IntList merged = clusters.get(bestA);
      IntList absorbed = clusters.remove(bestB);
      for (int i = 0; i < absorbed.size(); i++) {
        merged.add(absorbed.get(i));
      }
    }
    IntList a = clusters.get(0);
    IntList b = clusters.get(1);
    if (a.size() < minPart || b.size() < minPart) {
      return null;
    }
    double between = meanCosine(cos, a, b);
    if (between >= config.splitSimilarity()) {
      return null;
    }
    boolean[] leaves = new boolean[n];
    IntList moving = a.contains(0) ? b : a; // member 0 is the founder: its half stays
    for (int i = 0; i < moving.size(); i++) {
      leaves[moving.get(i)] = true;
    }
    return split(story, leaves, between);
  }

  private static double meanCosine(float[] cos, IntList a, IntList b) {
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        sum += cosine(cos, a.get(i), b.get(j));
      }
    }
    return sum / ((double) a.size() * b.size());
  }

  /** Moves the young members marked in {@code leaves}, with their copies, to a new story. */
  private StorySplit split(int story, boolean[] leaves, double between) {
    StoryState old = stories.get(story);
    List<Member> young = old.young;
    int n = young.size();
    java.util.Set<Integer> leavingItems = new java.util.HashSet<>();
    int firstLeaving = Integer.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (leaves[i]) {
        leavingItems.add(young.get(i).item());
        firstLeaving = Math.min(firstLeaving, young.get(i).item());
      }
    }
    String freshId = storyIdFor(articleIds.get(firstLeaving));
    Integer retiredStory = storyById.get(freshId);
    int fresh;
    if (retiredStory == null) {
      fresh = newStory(freshId);
    } else {
      // Only a story merged away can have this founder: it comes back.
      if (stories.get(retiredStory).items.size() > 0) {
        throw new IllegalStateException("split would reuse the live story " + freshId);
      }
      fresh = retiredStory;
      stories.set(fresh, new StoryState(freshId));
      retired--;
    }
    StoryState next = stories.get(fresh);
    StoryState kept = new StoryState(old.id);
    List<String> moved = new ArrayList<>();
    for (int i = 0; i < old.items.size(); i++) {
      int item = old.items.get(i);
      boolean leaving =
          leavingItems.contains(item) || leavingItems.contains(originOfItem.get(item));
      (leaving ? next : kept).items.add(item);
      if (leaving) {
        storyOfItem.set(item, fresh);
        moved.add(articleIds.get(item));
      }
    }
    for (int i = 0; i < n; i++) {
      addYoung(leaves[i] ? next : kept, young.get(i));
    }
    install(story, kept, old);
    rebuild(next);
    indexMembers(fresh, next.young);
    return new StorySplit(old.id, next.id, moved, between);
  }

  /**
   * Puts {@code replacement} (holding its items and young members) in place of {@code previous} at
   * {@code index} after a split or merge: the terms already indexed for the story stay indexed.
   */
  private void install(int index, StoryState replacement, StoryState previous) {
    replacement.indexedTerms = previous.indexedTerms;
    rebuild(replacement);
    stories.set(index, replacement);
  }

  /** Indexes the terms of members that came to {@code story} from another story. */
  private void indexMembers(int story, List<Member> members) {
    for (Member m : members) {
      index(story, m.vector(), heaviest(m.vector(), config.queryTerms()));
    }
  }

  /** Recomputes a story's recent members, rewrite sources, time span and years from its items. */
  private void rebuild(StoryState state) {
    for (Member m : state.young) {
      addMember(state, m.vector(), yearMaskOfItem.get(m.item()));
      if (m.original() && state.sourceItems.size() < config.rewriteSources()) {
        state.sourceItems.add(m.item());
        state.sourceVectors.add(m.vector());
      }
    }
    for (int i = 0; i < state.items.size(); i++) {
      int item = state.items.get(i);
      int year = yearOfItem.get(item);
      if (year > 0) {
        state.minYear = Math.min(state.minYear, year);
        state.maxYear = Math.max(state.maxYear, year);
      }
      long millis = whenOfItem.get(item);
      if (millis != Long.MIN_VALUE) {
        Instant when = Instant.ofEpochMilli(millis);
        state.first = state.first == null || when.isBefore(state.first) ? when : state.first;
        state.last = state.last == null || when.isAfter(state.last) ? when : state.last;
      }
    }
  }

  private int newStory(String id) {
    int index = stories.size();
    stories.add(new StoryState(id));
    storyById.put(id, index);
    if (candidateScores.length <= index) {
      candidateScores = Arrays.copyOf(candidateScores, candidateScores.length * 2);
    }
    return index;
  }

  /**
   * The similarity to a story after the date and year penalties, raised when the article names a
   * year that an article of the story names too.
   */
  private double similarity(Features f, StoryState story) {
    double link = 0;
    for (TermVector member : story.members) {
      link = Math.max(link, f.vector().cosine(member));
    }
    double sim = link * timeFactor(f.when(), story);
    if (f.year() > 0
        && story.maxYear > 0
        && (f.year() > story.maxYear + 1 || f.year() < story.minYear - 1)) {
      sim *= config.yearConflictFactor();
    }
    if ((f.yearMask() & recentYears(story)) != 0) {
      sim += config.sharedYearBonus();
    }
    return sim;
  }

  /** Makes an original article one of the story's most recent members (the oldest may leave). */
  private void addMember(StoryState state, TermVector vector, long yearMask) {
    state.members.addLast(vector);
    if (state.members.size() > config.storyMembers()) {
      state.members.removeFirst();
    }
    int capacity = config.storyMembers();
    if (state.memberYears.length < capacity && state.memberYearsAdded == state.memberYears.length) {
      state.memberYears =
          Arrays.copyOf(state.memberYears, Math.min(capacity, state.memberYears.length * 2 + 1));
    }
    state.memberYears[state.memberYearsAdded % state.memberYears.length] = yearMask;
    state.memberYearsAdded++;
  }

  /** The years the story's most recent members name (so a long story does not gather them all). */
  private static long recentYears(StoryState story) {
    long mask = 0;
    for (long m : story.memberYears) {
      mask |= m;
    }
    return mask;
  }

  /** 1 within the window around the story's span, then decaying exponentially. */
  private double timeFactor(Instant when, StoryState story) {
    if (when == null || story.first == null) {
      return 1;
    }
    double gapDays = 0;
    if (when.isBefore(story.first)) {
      gapDays = Duration.between(when, story.first).toHours() / 24.0;
    } else if (when.isAfter(story.last)) {
      gapDays = Duration.between(story.last, when).toHours() / 24.0;
    }
    if (gapDays <= config.windowDays()) {
      return 1;
    }
    return Math.exp(-(gapDays - config.windowDays()) / config.windowDays());
  }

  /**
   * Stories sharing heavy terms with the article, best first by shared weight, at most {@link
   * ClusterConfig#maxCandidates()}; stories too far away in time to reach the threshold are
   * skipped.
   */
  private int[] candidates(Features f) {
    TermVector v = f.vector();
    touched.clear();
    for (int q : f.heaviest()) {
      IntList list = postings.get(v.term(q));
      if (list == null) {
        continue;
      }
      float w = v.weight(q);
      int stop = Math.max(0, list.size() - config.maxPostings());
      for (int i = list.size() - 1; i >= stop; i--) {
        int story = list.get(i);
        if (candidateScores[story] == 0) {
          touched.add(story);
        }
        candidateScores[story] += w;
      }
    }
    // Keep the best maxCandidates by score in a small min-heap (ties: lower story number wins),
    // skipping stories too far away in time to reach the threshold; no boxing, no full sort.
    int capacity = config.maxCandidates();
    int[] heap = new int[capacity];
    int size = 0;
    for (int i = 0; i < touched.size(); i++) {
      int story = touched.get(i);
      StoryState state = stories.get(story);
      if (state.items.size() == 0 // merged into another story
          || timeFactor(f.when(), state) < config.minStorySimilarity()) {
        continue;
      }
      if (size < capacity) {
        heap[size] = story;
        siftUp(heap, size++);
      } else if (better(story, heap[0])) {
        heap[0] = story;
        siftDown(heap, size);
      }
    }
    int[] out = Arrays.copyOf(heap, size);
    for (int i = 0; i < touched.size(); i++) {
      candidateScores[touched.get(i)] = 0;
    }
    return out;
  }

  /** Whether story {@code a} ranks above story {@code b} by shared weight (then by age). */
  private boolean better(int a, int b) {
    float sa = candidateScores[a];
    float sb = candidateScores[b];
    return sa > sb || (sa == sb && a < b);
  }

  private void siftUp(int[] heap, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!better(heap[parent], heap[i])) {
        break;
      }
      int t = heap[parent];
      heap[parent] = heap[i];
      heap[i] = t;
      i = parent;
    }
  }

  private void siftDown(int[] heap, int size) {
    int i = 0;
    while (true) {
      int left = 2 * i + 1;
      int right = left + 1;
      int worst = i;
      if (left < size && better(heap[worst], heap[left])) {
        worst = left;
      }
      if (right < size && better(heap[worst], heap[right])) {
        worst = right;
      }
      if (worst == i) {
        return;
      }
      int t = heap[worst];
      heap[worst] = heap[i];
      heap[i] = t;
      i = worst;
    }
  }

  private void index(int story, TermVector vector, int[] heaviest) {
    StoryState state = stories.get(story);
    int[] add = new int[config.queryTerms()];
    int k = 0;
    for (int q : heaviest) {
      int term = vector.term(q);
      if (Arrays.binarySearch(state.indexedTerms, term) < 0) {
        postings.computeIfAbsent(term, t -> new IntList(2)).add(story);
        add[k++] = term;
      }
    }
    if (k > 0) {
      int[] merged = Arrays.copyOf(state.indexedTerms, state.indexedTerms.length + k);
      System.arraycopy(add, 0, merged, state.indexedTerms.length, k);
      Arrays.sort(merged);
      state.indexedTerms = merged;
    }
  }

  /** Positions in {@code vector} of its {@code n} heaviest entries, heaviest first. */
  private static int[] heaviest(TermVector vector, int n) {
    Integer[] order = new Integer[vector.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Float.compare(vector.weight(b), vector.weight(a));
          return c != 0 ? c : Integer.compare(vector.term(a), vector.term(b));
        });
    int k = Math.min(n, order.length);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private Features featuresOf(Article article) {
    List<String> words = Tokens.words(article.text());
    long contentKey = contentKey(words);
    int[] signature = hasher.signature(words);
    latestYear = 0;
    yearMask = 0;
    TermVector vector = vectorOf(article);
    int[] terms = lastTerms;
    Instant when = when(article);
    int year = when != null ? when.atZone(ZoneOffset.UTC).getYear() : latestYear;
    int[] heavy = heaviest(vector, config.queryTerms());
    return new Features(contentKey, signature, vector, heavy, terms, when, year, yearMask);
  }

  /** The exact-copy key: the first 64 bits of a SHA-256 of the lower-cased words. */
  static long contentKey(List<String> words) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String w : words) {
        digest.update(w.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ' ');
      }
      byte[] d = digest.digest();
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (d[i] & 0xFF);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** When the article was written: its date, else a full date in its lead, else null. */
  private static Instant when(Article article) {
    return article.published() != null
        ? article.published()
        : LeadDates.find(article.title(), article.text());
  }

  /** The distinct terms of the article last turned into a vector, for document frequencies. */
  private int[] lastTerms = new int[0];

  /** The latest year in the lead of the article last turned into a vector (0: none). */
  private int latestYear;

  /**
   * The years (bit {@code year mod 64}: years 64 apart share a bit, which costs nothing in
   * practice) named in the title and the first {@link ClusterConfig#maxBodyWords()} words of the
   * text of the article last turned into a vector.
   */
  private long yearMask;

  private void countDocument(int[] terms) {
    documents++;
    for (int term : terms) {
      documentFrequency.set(term, documentFrequency.get(term) + 1);
    }
  }

  private TermVector vectorOf(Article article) {
    Map<Integer, Double> tf = new HashMap<>();
    if (article.title() != null) {
      addWords(tf, article.title(), config.titleWeight(), Integer.MAX_VALUE, 0, 1);
    }
    addWords(
        tf, article.text(), 1.0, config.maxBodyWords(), config.leadWords(), config.leadWeight());
    lastTerms = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
    Map<Integer, Double> weights = new HashMap<>(tf.size() * 2);
    double n = documents + 1.0;
    for (Map.Entry<Integer, Double> e : tf.entrySet()) {
      int df = documentFrequency.get(e.getKey());
      double idf = Math.log((n + 1) / (df + 1)) + 1;
      weights.put(e.getKey(), (1 + Math.log(e.getValue())) * idf);
    }
    return weights.isEmpty() ? TermVector.empty() : TermVector.of(weights, config.articleTerms());
  }

  private void addWords(
      Map<Integer, Double> tf,
      String text,
      double weight,
      int maxWords,
      int leadWords,
      double leadWeight) {
    int[] count = {0};
    Tokens.forEachWord(
        text,
        (word, capitalised) -> {
          if (count[0] >= maxWords) {
            return;
          }
          int position = count[0]++;
          double w = weight * (position < leadWords ? leadWeight : 1.0);
          boolean stop = word.length() < 2 || Tokens.isStopWord(word);
          if (stop) {
            return;
          }
          if (capitalised) {
            w *= config.nameWeight();
          } else if (isYear(word)) {
            int year = Integer.parseInt(word);
            if (position < config.leadYearWords()) {
              latestYear = Math.max(latestYear, year);
            }
            yearMask |= 1L << Math.floorMod(year, 64);
          }
          tf.merge(termId(word), w, Double::sum);
        });
  }

  private static boolean isYear(String word) {
    return word.length() == 4
        && (word.startsWith("19") || word.startsWith("20"))
        && Character.isDigit(word.charAt(2))
        && Character.isDigit(word.charAt(3));
  }

  private int termId(String word) {
    Integer id = termIds.get(word);
    if (id == null) {
      id = termIds.size();
      termIds.put(word, id);
      documentFrequency.add(0);
    }
    return id;
  }
}
