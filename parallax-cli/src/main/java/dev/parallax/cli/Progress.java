package dev.parallax.cli;

import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar over input bytes with an articles-per-second count, shown only on a terminal and
 * only once an ingest has run for {@link #DELAY}; otherwise it does nothing.
 */
final class Progress implements AutoCloseable {
  static final Duration DELAY = Duration.ofSeconds(2);

  private final String task;
  private final long totalBytes;
  private final boolean enabled;
  private final long startNanos = System.nanoTime();
  private long bytes;
  private ProgressBar bar;

  private Progress(String task, long totalBytes, boolean enabled) {
    this.task = task;
    this.totalBytes = totalBytes;
    this.enabled = enabled;
  }

  static Progress start(String task, long totalBytes) {
    return new Progress(task, totalBytes, System.console() != null && totalBytes > 0);
  }

  void advanceBytes(long delta) {
    bytes += delta;
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - startNanos >= DELAY.toNanos()) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(totalBytes)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" MB", 1 << 20)
              .showSpeed()
              .setUpdateIntervalMillis(250)
              .build();
    }
    if (bar != null) {
      bar.stepTo(Math.min(bytes, totalBytes));
    }
  }

  /** Adds {@code articles} articles/s to the bar's message. */
  void articles(long articles) {
    if (bar != null) {
      double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
      bar.setExtraMessage(
          String.format(
              java.util.Locale.ROOT, " | %d articles, %.0f/s", articles, articles / seconds));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
