package dev.parallax.serve.ingest;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.pipeline.IngestSummary;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.store.ArticleStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one writer of a served store: a single thread that owns the {@link Ingestion} (and so the
 * writing {@link ArticleStore}) and ingests POSTed batches one after another, each committed before
 * its outcome is reported. After each commit it hands the ids of the stories the batch touched to
 * {@code afterCommit} (which refreshes what readers see), still on the writer thread.
 *
 * <p>Opening the ingestion (replaying the store into the assigner) is the thread's first task, so
 * the server answers reads at once while it runs. Thread-safe: {@link #submit} may be called from
 * any thread.
 */
public final class IngestWriter implements AutoCloseable {
  private final ExecutorService thread;
  private final CompletableFuture<Ingestion> ingestion;
  private final Consumer<Set<String>> afterCommit;
  private final AtomicInteger queued = new AtomicInteger();

  private IngestWriter(
      ArticleStore store,
      Function<ArticleStore, Ingestion> opener,
      Consumer<Set<String>> afterCommit) {
    this.afterCommit = afterCommit;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "parallax-writer");
              t.setDaemon(true);
              return t;
            });
    this.ingestion = CompletableFuture.supplyAsync(() -> opener.apply(store), thread);
  }

  /** Starts the writer over {@code store}, opening the ingestion with {@code opener}. */
  public static IngestWriter start(
      ArticleStore store,
      Function<ArticleStore, Ingestion> opener,
      Consumer<Set<String>> afterCommit) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(opener, "opener");
    Objects.requireNonNull(afterCommit, "afterCommit");
    return new IngestWriter(store, opener, afterCommit);
  }

  /** Whether the ingestion is open (the store replayed) and batches run without waiting for it. */
  public boolean ready() {
    return ingestion.isDone() && !ingestion.isCompletedExceptionally();
  }

  /** Batches submitted and not finished. */
  public int queued() {
    return queued.get();
  }

  /** Queues {@code articles} for ingest; the future completes once they are committed. */
  public CompletableFuture<IngestOutcome> submit(List<Article> articles) {
    List<Article> batch = List.copyOf(articles);
    queued.incrementAndGet();
    // The opener is the thread's first task, so by the time this runs the ingestion is open (or
    // failed to open, which fails this batch with the reason).
    return CompletableFuture.supplyAsync(() -> ingest(ingestion.join(), batch), thread)
        .whenComplete((outcome, failure) -> queued.decrementAndGet());
  }

  private IngestOutcome ingest(Ingestion in, List<Article> batch) {
    IngestSummary before = in.summary(0);
    List<Assignment> assignments = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    // Stories split or merged during this batch are touched too (all on this one thread); the
    // listener is dropped when the batch ends, so nothing outlives it.
    in.onChange(change -> touched.addAll(change.storyIds()));
    try {
      for (Article a : batch) {
        in.add(a)
            .ifPresent(
                s -> {
                  assignments.add(s);
                  touched.add(s.storyId());
                });
      }
      in.commit();
    } finally {
      in.onChange(change -> {});
      // Ingestion commits every few hundred articles by itself: even a failed batch may have
      // committed some, so readers are refreshed either way.
      if (!touched.isEmpty()) {
        afterCommit.accept(touched);
      }
    }
    IngestSummary counted = in.summary(0).since(before);
    return new IngestOutcome(
        batch.size(),
        Math.toIntExact(counted.stored()),
        Math.toIntExact(counted.alreadyStored()),
        Math.toIntExact(counted.copies()),
        Math.toIntExact(counted.rewrites()),
        Math.toIntExact(counted.newStories()),
        assignments);
  }

  /** Finishes the queued batches, commits and stops the thread (the store stays open). */
  @Override
  public void close() {
    java.util.concurrent.Future<?> closed =
        thread.submit(
            () -> {
              if (ready()) {
                ingestion.join().close();
              }
            });
    thread.shutdown();
    try {
      closed.get(60, TimeUnit.SECONDS);
      if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the writer did not finish within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while closing the writer", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the writer did not close cleanly: " + e.getMessage(), e);
    }
  }
}
