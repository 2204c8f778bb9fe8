package dev.parallax.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A bounded, thread-safe record of the problems met while reading a batch.
 *
 * <p>Keeps the first {@code maxKept} problems and counts all of them, so a corpus of a million bad
 * lines cannot exhaust memory. An optional listener sees every problem as it is added (the CLI
 * prints them as they come).
 */
public final class ProblemReport {
  private final int maxKept;
  private final Consumer<Problem> listener;
  private final List<Problem> kept = new ArrayList<>();
  private long total;

  public ProblemReport(int maxKept, Consumer<Problem> listener) {
    if (maxKept < 0) {
      throw new IllegalArgumentException("maxKept must be >= 0: " + maxKept);
    }
    this.maxKept = maxKept;
    this.listener = listener == null ? p -> {} : listener;
  }

  /** A report that keeps up to 1,000 problems and tells no one. */
  public static ProblemReport collecting() {
    return new ProblemReport(1000, null);
  }

  public void add(Problem problem) {
    synchronized (this) {
      total++;
      if (kept.size() < maxKept) {
        kept.add(problem);
      }
    }
    listener.accept(problem);
  }

  public void add(String file, long line, String reason) {
    add(Problem.at(file, line, reason));
  }

  public synchronized List<Problem> problems() {
    return List.copyOf(kept);
  }

  public synchronized long total() {
    return total;
  }

  public synchronized boolean isEmpty() {
    return total == 0;
  }
}
