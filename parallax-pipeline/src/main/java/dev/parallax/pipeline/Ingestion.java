package dev.parallax.pipeline;

import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.core.Article;
import dev.parallax.core.ArticleCleaner;
import dev.parallax.core.Assignment;
import dev.parallax.core.CleanedArticle;
import dev.parallax.core.CopyKind;
import dev.parallax.core.ProblemReport;
import dev.parallax.core.StoryChange;
import dev.parallax.core.StoryMerge;
import dev.parallax.core.StorySplit;
import dev.parallax.ingest.ArticleSources;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoredArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The ingest path over one store: each article read is cleaned, assigned to a story (copies linked
 * to their origin) and stored, in batches committed every {@link #BATCH_ARTICLES} articles.
 *
 * <p>On opening, the assigner's state is rebuilt from the stored articles in ingest order, keeping
 * their stored decisions, so ingesting more articles later — or again after the process was killed
 * — continues exactly where the store is: an article id already stored is skipped, and existing
 * stories keep their ids. The assigner's running background similarity is stored with each commit
 * and restored, so ingesting a stream in several runs gives the stories one run gives (exactly,
 * unless stories were split or merged: the restarted assigner then sees each story as founded where
 * its first article came and indexed under its own articles' terms only, which can change ties
 * between equally similar candidates later).
 *
 * <p>When the assigner splits or merges stories (see {@link OnlineStoryAssigner}), the store
 * follows in the same transaction: a new story is stored or a merged one retired, and the moved
 * articles relabelled, and the listener set with {@link #onChange} (if any) hears of it; the
 * changes are not kept, so a long ingest holds none of them. One ingest at a time; not thread-safe.
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
  private final AnalysisStage analysis;
  private final ExecutorService workers;
  private final List<Future<Analysed>> pending = new ArrayList<>();

  /** The splits and merges the article being added caused; emptied as each article is stored. */
  private final List<StoryChange> newChanges = new ArrayList<>();

  private Consumer<StoryChange> changeListener = change -> {};
  private long mergedStories;
  private int uncommitted;
  private boolean failed;

  private long read;
  private long stored;
  private long alreadyStored;
  private long copies;
  private long rewrites;
  private long newStories;
  private long analysisFailures;
  private final Map<String, Long> repairs = new TreeMap<>();

  /** One finished analysis, or a failed one ({@code encoded} null). */
  private record Analysed(String articleId, String encoded) {}

  private Ingestion(
      ArticleStore store,
      ArticleCleaner cleaner,
      OnlineStoryAssigner assigner,
      Clock clock,
      AnalysisStage analysis) {
    this.store = store;
    this.cleaner = cleaner;
    this.assigner = assigner;
    assigner.onChange(newChanges::add);
    this.clock = clock;
    this.analysis = analysis;
    this.workers =
        analysis == null
            ? null
            : Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                r -> {
                  Thread t = new Thread(r, "parallax-analysis");
                  t.setDaemon(true);
                  return t;
                });
  }

  /**
   * The standard ingest path over {@code store}, as {@code parallax ingest} and the server's POST
   * run it: the standard cleaner, the system clock and the standard article analysis.
   */
  public static Ingestion openStandard(ArticleStore store, ClusterConfig config) {
    return open(store, Cleaner.standard(), config, Clock.systemUTC(), AnalysisStages.standard());
  }

  /**
   * Opens the ingest path over {@code store} without article analysis, replaying what the store
   * holds into a fresh assigner.
   */
  public static Ingestion open(
      ArticleStore store, ArticleCleaner cleaner, ClusterConfig config, Clock clock) {
    return open(store, cleaner, config, clock, null);
  }

  /**
   * Opens the ingest path over {@code store}, replaying what it holds into a fresh assigner. Each
   * stored original article (not copies or rewrites, which a story's analysis leaves out) is also
   * analysed by {@code analysis} (when not null) on worker threads, one per processor, while the
   * next articles are assigned; its analysis is stored in the same commit.
   */
  public static Ingestion open(
      ArticleStore store,
      ArticleCleaner cleaner,
      ClusterConfig config,
      Clock clock,
      AnalysisStage analysis) {
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
    return new Ingestion(store, cleaner, assigner, clock, analysis);
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
    List<StoryChange> caused = newChanges.isEmpty() ? List.of() : List.copyOf(newChanges);
    newChanges.clear();
    try {
      // A split or merge this article caused moves stored articles first; the article itself
      // (moved or not) is then stored with its final story.
      for (StoryChange change : caused) {
        if (change instanceof StorySplit split) {
          store.split(split);
          newStories++;
        } else if (change instanceof StoryMerge merge) {
          store.merge(merge);
          mergedStories++;
        }
      }
      store.add(new StoredArticle(0, clean, assignment, cleaned.repairs(), clock.instant()));
    } catch (RuntimeException e) {
      // The assigner already counts this article; committing now would store state that no
      // longer matches the articles, so this ingestion commits nothing more.
      failed = true;
      throw e;
    }
    stored++;
    if (analysis != null && assignment.copyKind() == CopyKind.ORIGINAL) {
      // Copies and rewrites repeat their origin's facts; a story's analysis leaves them out.
      pending.add(workers.submit(() -> analyse(clean)));
    }
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
    // Heard last, once the article and its changes are stored: a listener that throws fails this
    // call but leaves the ingestion whole.
    caused.forEach(changeListener);
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

  private Analysed analyse(Article article) {
    try {
      return new Analysed(article.id(), analysis.analyze(article));
    } catch (RuntimeException e) {
      // One article the analysis cannot handle must not cost the batch its articles; the count
      // of failures goes into the summary.
      return new Analysed(article.id(), null);
    }
  }

  /** Waits for the batch's analyses and buffers them for the store's next commit. */
  private void storeAnalyses() {
    for (Future<Analysed> f : pending) {
      Analysed done;
      try {
        done = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for article analyses", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("article analysis failed", e.getCause());
      }
      if (done.encoded() == null) {
        analysisFailures++;
      } else {
        store.putAnalysis(done.articleId(), done.encoded());
      }
    }
    pending.clear();
  }

  /**
   * Sets what hears of each story split and merge, in order, once {@link #add} has stored it with
   * the article that caused it (durable at the next {@link #commit}; a failed write rolls it back,
   * so a listener must cope with a story that turns out not to exist); it replaces the listener set
   * before, and by default changes go unreported. Changes are not kept for a listener set later. A
   * reader that caches stories must drop the stories each names ({@link StoryChange#storyIds()}).
   * The listener runs on the thread calling {@link #add} and must not call back into this
   * ingestion; if it throws, that {@code add} throws, with the article already stored.
   */
  public void onChange(Consumer<StoryChange> listener) {
    this.changeListener = Objects.requireNonNull(listener, "listener");
  }

  /** Makes every article added so far durable, with the assigner state they leave behind. */
  public void commit() {
    if (failed) {
      throw new IllegalStateException(
          "a store write failed during this ingestion; what was committed before it stays");
    }
    if (uncommitted > 0) {
      storeAnalyses();
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
        read,
        stored,
        alreadyStored,
        copies,
        rewrites,
        newStories,
        mergedStories,
        problems,
        repairs,
        analysisFailures);
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
    try {
      if (!failed) {
        commit();
      }
    } finally {
      if (workers != null) {
        workers.shutdownNow();
      }
    }
  }
}
