package dev.parallax.cluster;

import dev.parallax.cluster.minhash.MinHasher;
import dev.parallax.cluster.minhash.NearDuplicateIndex;
import dev.parallax.cluster.text.TermVector;
import dev.parallax.cluster.text.Tokens;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.StoryAssigner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Online single-pass story clustering with copy detection.
 *
 * <p>Each article, in stream order, is first checked for copies: an exact copy has the same
 * normalised text as an earlier article; a near copy has MinHash-estimated word-shingle Jaccard
 * similarity of at least {@link ClusterConfig#minCopySimilarity()}. A copy joins the story of the
 * earliest article of its content and is linked to it. Any other article becomes a TF-IDF vector
 * (document frequencies counted online; title, lead and capitalised words weighted up) and joins
 * the most similar story whose centroid reaches {@link ClusterConfig#minStorySimilarity()}, after a
 * penalty for dates far outside the story's span; otherwise it founds a new story. Candidate
 * stories come from an inverted index over the heaviest terms, never a scan of all stories.
 *
 * <p>Story ids are a hash of the founding article's id, so the same stream gives the same ids and
 * later articles never rename a story. Not thread-safe.
 */
public final class OnlineStoryAssigner implements StoryAssigner {
  private static final int SHINGLE_WORDS = 3;
  private static final int BANDS = 16;
  private static final int ROWS = 4;
  private static final long MINHASH_SEED = 0x5EED_2026L;

  private final ClusterConfig config;
  private final MinHasher hasher = new MinHasher(BANDS * ROWS, SHINGLE_WORDS, MINHASH_SEED);
  private final NearDuplicateIndex nearIndex;
  private final Map<String, Integer> exactIndex = new HashMap<>();
  private final Map<String, Integer> itemById = new HashMap<>();
  private final List<Item> items = new ArrayList<>();

  private final Map<String, Integer> termIds = new HashMap<>();
  private final List<int[]> documentFrequency = new ArrayList<>();
  private int documents;

  /** The distinct terms of the article last turned into a vector, for document frequencies. */
  private int[] lastTerms = new int[0];

  /** The latest year the article last turned into a vector mentions (0: none). */
  private int latestYear;

  private final List<StoryState> stories = new ArrayList<>();
  private final Map<String, Integer> storyById = new HashMap<>();
  private final Map<Integer, List<Integer>> postings = new HashMap<>();

  private record Item(String articleId, int story, int origin) {}

  private static final class StoryState {
    final String id;
    TermVector centroid = TermVector.empty();
    Instant first;
    Instant last;
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    final Set<Integer> indexedTerms = new java.util.HashSet<>();

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
    return stories.size();
  }

  /** Whether an article with this id was assigned or restored already. */
  public boolean contains(String articleId) {
    return itemById.containsKey(articleId);
  }

  /** The story id an article founding a story gets. */
  public static String storyIdFor(String founderArticleId) {
    return "s-" + Article.sha256Hex(founderArticleId).substring(0, 12);
  }

  /** The exact-copy key of a text: a hash of its lower-cased words. */
  public static String contentHash(String text) {
    return Article.sha256Hex(String.join(" ", Tokens.words(text)));
  }

  @Override
  public Assignment assign(Article article) {
    if (itemById.containsKey(article.id())) {
      throw new IllegalArgumentException("article already assigned: " + article.id());
    }
    String hash = contentHash(article.text());
    int[] signature = hasher.signature(article.text());
    TermVector vector = vectorOf(article);

    Integer exact = exactIndex.get(hash);
    if (exact != null) {
      Item origin = items.get(items.get(exact).origin);
      return record(
          article,
          hash,
          signature,
          vector,
          origin.story,
          false,
          CopyKind.EXACT,
          items.get(exact).origin,
          1.0,
          1.0);
    }
    NearDuplicateIndex.Match near = nearIndex.find(signature);
    if (near != null) {
      Item matched = items.get(near.item());
      Item origin = items.get(matched.origin);
      return record(
          article,
          hash,
          signature,
          vector,
          origin.story,
          false,
          CopyKind.NEAR,
          matched.origin,
          near.similarity(),
          near.similarity());
    }

    Instant when = when(article);
    int bestStory = -1;
    double bestSimilarity = 0;
    for (int candidate : candidates(vector)) {
      double sim = similarity(vector, when, stories.get(candidate));
      StoryState st = stories.get(candidate);
      int year = yearOf(when);
      if (year > 0 && st.maxYear > 0 && (year > st.maxYear + 1 || year < st.minYear - 1)) {
        sim *= config.yearConflictFactor();
      }
      if (sim > bestSimilarity
          || (sim == bestSimilarity && bestStory >= 0 && candidate < bestStory)) {
        bestSimilarity = sim;
        bestStory = candidate;
      }
    }
    if (bestStory >= 0 && bestSimilarity >= config.minStorySimilarity()) {
      return record(
          article,
          hash,
          signature,
          vector,
          bestStory,
          false,
          CopyKind.ORIGINAL,
          -1,
          0,
          bestSimilarity);
    }
    int story = newStory(storyIdFor(article.id()));
    return record(article, hash, signature, vector, story, true, CopyKind.ORIGINAL, -1, 0, 1.0);
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
    String hash = contentHash(article.text());
    int[] signature = hasher.signature(article.text());
    TermVector vector = vectorOf(article);
    Integer story = storyById.get(stored.storyId());
    if (story == null) {
      story = newStory(stored.storyId());
    }
    int origin = -1;
    if (stored.copyKind() != CopyKind.ORIGINAL) {
      Integer copied = itemById.get(stored.copyOf());
      origin = copied == null ? -1 : items.get(copied).origin;
    }
    CopyKind kind = origin < 0 ? CopyKind.ORIGINAL : stored.copyKind();
    record(
        article,
        hash,
        signature,
        vector,
        story,
        stored.foundedStory(),
        kind,
        origin,
        stored.copySimilarity(),
        stored.storySimilarity());
  }

  private Assignment record(
      Article article,
      String hash,
      int[] signature,
      TermVector vector,
      int story,
      boolean founded,
      CopyKind kind,
      int origin,
      double copySimilarity,
      double storySimilarity) {
    int item = items.size();
    items.add(new Item(article.id(), story, origin < 0 ? item : origin));
    itemById.put(article.id(), item);
    exactIndex.putIfAbsent(hash, item);
    nearIndex.add(signature);
    countDocument();
    StoryState state = stories.get(story);
    if (kind == CopyKind.ORIGINAL) {
      state.centroid = state.centroid.plus(vector.unit(), 1.0, config.storyTerms());
      index(story, vector);
    }
    int year = yearOf(article);
    if (year > 0) {
      state.minYear = Math.min(state.minYear, year);
      state.maxYear = Math.max(state.maxYear, year);
    }
    Instant published = when(article);
    if (published != null) {
      state.first =
          state.first == null || published.isBefore(state.first) ? published : state.first;
      state.last = state.last == null || published.isAfter(state.last) ? published : state.last;
    }
    String copyOf = kind == CopyKind.ORIGINAL ? null : items.get(origin).articleId;
    return new Assignment(
        article.id(), state.id, founded, kind, copyOf, copySimilarity, storySimilarity);
  }

  /** The article's year: of its date or lead date, else the latest year its text mentions. */
  private int yearOf(Article article) {
    return yearOf(when(article));
  }

  private int yearOf(Instant when) {
    if (when != null) {
      return when.atZone(java.time.ZoneOffset.UTC).getYear();
    }
    return latestYear;
  }

  /** When the article was written: its date, else a full date in its lead, else null. */
  private static Instant when(Article article) {
    return article.published() != null
        ? article.published()
        : dev.parallax.cluster.text.LeadDates.find(article.title(), article.text());
  }

  private int newStory(String id) {
    int index = stories.size();
    stories.add(new StoryState(id));
    storyById.put(id, index);
    return index;
  }

  private double similarity(TermVector vector, Instant published, StoryState story) {
    double sim = vector.cosine(story.centroid);
    if (published != null && story.first != null) {
      double gapDays = 0;
      if (published.isBefore(story.first)) {
        gapDays = Duration.between(published, story.first).toHours() / 24.0;
      } else if (published.isAfter(story.last)) {
        gapDays = Duration.between(story.last, published).toHours() / 24.0;
      }
      if (gapDays > config.windowDays()) {
        sim *= Math.exp(-(gapDays - config.windowDays()) / config.windowDays());
      }
    }
    return sim;
  }

  private Set<Integer> candidates(TermVector vector) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int t : heaviest(vector, config.queryTerms())) {
      List<Integer> list = postings.get(t);
      if (list == null) {
        continue;
      }
      for (int i = list.size() - 1, seen = 0; i >= 0 && seen < config.maxPostings(); i--, seen++) {
        out.add(list.get(i));
      }
    }
    return out;
  }

  private void index(int story, TermVector vector) {
    StoryState state = stories.get(story);
    for (int t : heaviest(vector, config.queryTerms())) {
      if (state.indexedTerms.add(t)) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(story);
      }
    }
  }

  private static int[] heaviest(TermVector vector, int n) {
    Integer[] order = new Integer[vector.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        (a, b) -> {
          int c = Float.compare(vector.weight(b), vector.weight(a));
          return c != 0 ? c : Integer.compare(vector.term(a), vector.term(b));
        });
    int k = Math.min(n, order.length);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = vector.term(order[i]);
    }
    return out;
  }

  private TermVector vectorOf(Article article) {
    latestYear = 0;
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
      int df = documentFrequency(e.getKey());
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
          } else if (isYear(word) && position < config.leadYearWords()) {
            int year = Integer.parseInt(word);
            latestYear = Math.max(latestYear, year);
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
      documentFrequency.add(new int[1]);
    }
    return id;
  }

  private int documentFrequency(int term) {
    return documentFrequency.get(term)[0];
  }

  private void countDocument() {
    documents++;
    for (int term : lastTerms) {
      documentFrequency.get(term)[0]++;
    }
  }
}
