package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.cluster.OnlineStoryAssigner;
import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures the story assigner alone on a JSONL stream (already in stream order): heap held by its
 * state per article (after full GCs), assignment throughput, and per-article latency (mean, p50,
 * p99 over the 2,000 articles after each milestone) once the state holds 10k, 50k and 100k stories.
 *
 * <p>Usage: {@code AssignerFootprint STREAM.jsonl}. Articles are streamed from disk, so the heap
 * measured is the assigner's own.
 */
public final class AssignerFootprint {
  private static final int[] MILESTONES = {10_000, 50_000, 100_000};
  private static final int WINDOW = 2_000;

  private AssignerFootprint() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AssignerFootprint STREAM.jsonl");
      System.exit(2);
    }
    ObjectMapper json = new ObjectMapper();
    long heapBefore = usedHeapAfterGc();
    OnlineStoryAssigner assigner = OnlineStoryAssigner.create(ClusterConfig.defaults());
    long articles = 0;
    long start = System.nanoTime();
    int milestone = 0;
    long[] window = null;
    int inWindow = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        Article a = article(json.readTree(line), articles + 1);
        long t0 = System.nanoTime();
        assigner.assign(a);
        long t1 = System.nanoTime();
        articles++;
        if (window != null) {
          window[inWindow++] = t1 - t0;
          if (inWindow == WINDOW) {
            report(MILESTONES[milestone - 1], window);
            window = null;
          }
        } else if (milestone < MILESTONES.length
            && assigner.storyCount() >= MILESTONES[milestone]) {
          milestone++;
          window = new long[WINDOW];
          inWindow = 0;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        Locale.ROOT,
        "articles %d, stories %d, %.0f articles/s (assigner only, incl. JSON parsing)%n",
        articles,
        assigner.storyCount(),
        articles / seconds,
        assigner.storyCount());
    System.out.printf(
        Locale.ROOT,
        "assigner state: %.1f MB, %.0f bytes per article%n",
        (heapAfter - heapBefore) / 1e6,
        (heapAfter - heapBefore) / (double) articles);
    if (milestone < MILESTONES.length) {
      System.out.printf(
          Locale.ROOT,
          "(the stream ended before %d stories; latency not measured there)%n",
          MILESTONES[milestone]);
    }
  }

  private static Article article(JsonNode n, long line) {
    String published = n.path("published").asText(null);
    return new Article(
        n.get("id").asText(),
        n.path("source").asText("unknown"),
        n.path("url").asText(null),
        published == null ? null : Instant.parse(published),
        n.path("title").asText(null),
        n.get("text").asText(),
        null,
        null,
        new Origin("stream", line));
  }

  private static void report(int stories, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e3;
    System.out.printf(
        Locale.ROOT,
        "at %,d stories: assign latency mean %.0f us, p50 %.0f us, p99 %.0f us (%d articles)%n",
        stories,
        mean,
        sorted[sorted.length / 2] / 1e3,
        sorted[(int) (sorted.length * 0.99)] / 1e3,
        sorted.length);
  }

  private static long usedHeapAfterGc() {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return r.totalMemory() - r.freeMemory();
  }
}
