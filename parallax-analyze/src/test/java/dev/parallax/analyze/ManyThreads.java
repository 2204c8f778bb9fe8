package dev.parallax.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** For the thread-safety tests: one task run many times at once on a small pool. */
public final class ManyThreads {
  private static final int POOL = 4;

  private ManyThreads() {}

  /**
   * Runs {@code task} {@code times} times on {@value #POOL} threads; the results in submit order.
   */
  public static <T> List<T> run(int times, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(POOL);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        futures.add(pool.submit(task));
      }
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
