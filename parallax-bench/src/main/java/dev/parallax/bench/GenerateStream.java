package dev.parallax.bench;

import dev.parallax.bench.synth.StreamConfig;
import dev.parallax.bench.synth.StreamStats;
import dev.parallax.bench.synth.SyntheticNewsStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code GenerateStream ARTICLES OUT.jsonl [--seed N]}: writes a synthetic, event-labelled news
 * stream ({@link SyntheticNewsStream} with {@link StreamConfig#defaults}) as UTF-8 JSON lines and
 * prints what it wrote and how fast. Exit code 0 on success, 1 on a usage or I/O error.
 */
public final class GenerateStream {
  private GenerateStream() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    long seed = 1;
    String articlesArg = null;
    String outArg = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seed") && i + 1 < args.length) {
        try {
          seed = Long.parseLong(args[++i]);
        } catch (NumberFormatException e) {
          err.println("--seed must be an integer: " + args[i]);
          return 1;
        }
      } else if (args[i].startsWith("--")) {
        err.println("unknown option " + args[i]);
        return usage(err);
      } else if (articlesArg == null) {
        articlesArg = args[i];
      } else if (outArg == null) {
        outArg = args[i];
      } else {
        return usage(err);
      }
    }
    if (articlesArg == null || outArg == null) {
      return usage(err);
    }
    StreamConfig config;
    try {
      config = StreamConfig.defaults(Integer.parseInt(articlesArg.replace("_", "")), seed);
    } catch (IllegalArgumentException e) {
      err.println("bad ARTICLES '" + articlesArg + "': " + e.getMessage());
      return 1;
    }
    Path path = Path.of(outArg);
    long start = System.nanoTime();
    StreamStats stats;
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16)) {
      stats = new SyntheticNewsStream(config).writeJsonLines(writer);
    } catch (IOException e) {
      err.println("cannot write " + path + ": " + e.getMessage());
      return 1;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes;
    try {
      bytes = Files.size(path);
    } catch (IOException e) {
      bytes = -1;
    }
    out.printf(
        Locale.ROOT,
        "wrote %d articles of %d events (largest %d articles) to %s: %.1f MB in %.2f s,"
            + " %.0f articles/s; seed %d; at most %d events / %d planned articles held%n",
        stats.articles(),
        stats.events(),
        stats.largestEvent(),
        path,
        bytes / 1e6,
        seconds,
        stats.articles() / Math.max(seconds, 1e-9),
        seed,
        stats.maxActiveEvents(),
        stats.maxPendingArticles());
    return 0;
  }

  private static int usage(PrintStream err) {
    err.println("usage: GenerateStream ARTICLES OUT.jsonl [--seed N]");
    return 1;
  }
}
