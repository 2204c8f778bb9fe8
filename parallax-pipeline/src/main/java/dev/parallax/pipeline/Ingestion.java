package dev.parallax.pipeline;

import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.core.Article;
import dev.parallax.core.ArticleCleaner;
import dev.parallax.core.Assignment;
import dev.parallax.core.CleanedArticle;
import dev.parallax.core.ProblemReport;
import dev.parallax.ingest.ArticleSources;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoredArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The ingest path over one store: each article read is cleaned, assigned to a story (copies linked
 * to their origin) and stored, in batches committed every {@link #BATCH_ARTICLES} articles.
 *
 * <p>On opening, the assigner's state is rebuilt from the stored articles in ingest order, keeping
 * their stored decisions, so ingesting more articles later — or again after the process was killed
 * — continues exactly where the store is: an article id already stored is skipped, and existing
 * stories keep their ids. The assigner's running background similarity is stored with each commit
 * and restored, so ingesting a stream in several runs gives exactly the stories one run gives. One
 * ingest at a time; not thread-safe.
 */
public final class Ingestion implements AutoCloseable {
  /** Articles per transaction: large enough to amortise commits, small enough to lose little. */
  public static final int BATCH_ARTICLES = 500;

  /** Store key of the assigner's running background ("value observations"). */
  private static final String BACKGROUND_KEY = "assigner.background";

  private final ArticleStore store;
  private final ArticleCleaner cleaner;
  private final OnlineStoryAssigner assigner;
  private final Clock clock;
  private int uncommitted;
  private boolean failed;

  private long read;
  private long stored;
  private long alreadyStored;
  private long copies;
  private long rewrites;
  private long newStories;
  private final Map<String, Long> repairs = new TreeMap<>();

  private Ingestion(
      ArticleStore store, ArticleCleaner cleaner, OnlineStoryAssigner assigner, Clock clock) {
    this.store = store;
    this.cleaner = cleaner;
    this.assigner = assigner;
    this.clock = clock;
  }

  /** Opens the ingest path over {@code store}, replaying what it holds into a fresh assigner. */
  public static Ingestion open(
      ArticleStore store, ArticleCleaner cleaner, ClusterConfig config, Clock clock) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(cleaner, "cleaner");
    Objects.requireNonNull(clock, "clock");
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(config);
    store.forEach(s -> assigner.restore(s.article(), s.assignment()));
    Optional<String> background = store.meta(BACKGROUND_KEY);
    if (background.isPresent()) {
      String[] parts = background.get().split(" ", 2);
      assigner.restoreBackground(Double.parseDouble(parts[0]), Long.parseLong(parts[1]));
    }
    return new Ingestion(store, cleaner, assigner, clock);
  }

  /**
   * Reads every article under {@code paths} and ingests it. Problems in the input go to the report
   * and do not stop the batch; a store failure does, after which what was committed stays.
   */
  public IngestSummary ingest(
      List<String> paths, ArticleSources sources, ProblemReport problems, LongConsumer bytesRead) {
    long problemsBefore = problems.total();
    sources.read(paths, article -> add(article), problems, bytesRead);
    commit();
    return summary(problems.total() - problemsBefore);
  }

  /**
   * Ingests one article: empty when its id is already stored, else where it went. Buffered: call
   * {@link #commit} (or {@link #ingest}, which does) to make it durable.
   */
  public Optional<Assignment> add(Article article) {
    read++;
    if (assigner.contains(article.id())) {
      alreadyStored++;
      return Optional.empty();
    }
    CleanedArticle cleaned = cleaner.clean(article);
    cleaned.repairs().forEach((kind, n) -> repairs.merge(kind, (long) n, Long::sum));
    Article clean = asStored(cleaned.article());
    Assignment assignment = assigner.assign(clean);
    try {
      store.add(new StoredArticle(0, clean, assignment, cleaned.repairs(), clock.instant()));
    } catch (RuntimeException e) {
      // The assigner already counts this article; committing now would store state that no
      // longer matches the articles, so this ingestion commits nothing more.
      failed = true;
      throw e;
    }
    stored++;
    switch (assignment.copyKind()) {
      case EXACT, NEAR -> copies++;
      case REWRITE -> rewrites++;
      case ORIGINAL -> {}
    }
    if (assignment.foundedStory()) {
      newStories++;
    }
    if (++uncommitted >= BATCH_ARTICLES) {
      commit();
    }
    return Optional.of(assignment);
  }

  /**
   * The article as the store will give it back: dates to the millisecond. A restart replays the
   * stored article, so the assigner must see exactly that now, or its time spans (and every later
   * similarity) would differ from an uninterrupted run.
   */
  private static Article asStored(Article a) {
    Instant published = a.published();
    if (published == null || published.getNano() % 1_000_000 == 0) {
      return a;
    }
    return new Article(
        a.id(),
        a.source(),
        a.url(),
        published.truncatedTo(ChronoUnit.MILLIS),
        a.title(),
        a.text(),
        a.language(),
        a.fields(),
        a.origin());
  }

  /** Makes every article added so far durable, with the assigner state they leave behind. */
  public void commit() {
    if (failed) {
      throw new IllegalStateException(
          "a store write failed during this ingestion; what was committed before it stays");
    }
    if (uncommitted > 0) {
      store.putMeta(
          BACKGROUND_KEY,
          Double.toString(assigner.background()) + " " + assigner.backgroundObservations());
      store.commit();
      uncommitted = 0;
    }
  }

  /** The counts so far, with {@code problems} as the number of input problems met. */
  public IngestSummary summary(long problems) {
    return new IngestSummary(
        read, stored, alreadyStored, copies, rewrites, newStories, problems, repairs);
  }

  /** Articles read so far, stored or not. */
  public long articlesRead() {
    return read;
  }

  /** The assigner's running background similarity (see {@link #joinThreshold()}). */
  public double backgroundSimilarity() {
    return assigner.background();
  }

  /** The similarity an article needs now to join a story (it adapts to the stream). */
  public double joinThreshold() {
    return assigner.joinThreshold();
  }

  public int storyCount() {
    return assigner.storyCount();
  }

  /**
   * Commits what was added, unless a store write failed (then the uncommitted batch is dropped and
   * the store keeps its last commit); the store stays open (the caller owns it).
   */
  @Override
  public void close() {
    if (!failed) {
      commit();
    }
  }
}
