package dev.parallax.serve.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.serve.ParallaxServer;
import dev.parallax.serve.ServeConfig;
import dev.parallax.store.ArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code LoadHarness DATA_DIR [--articles N] [--clients C] [--seconds S] [--max-requests R]}: fills
 * the store in DATA_DIR with N generated articles (default 100,000; skipped when it holds that many
 * already), serves it on 127.0.0.1 (only), and runs C concurrent clients (default 50) for S seconds
 * (default 30, after 5 s of warm-up) or R requests in all (default 2,000,000), each client sending
 * one request after another, alternating the story list (three sorts, varying offsets) and a random
 * story page. Prints p50/p90/p99/max latency and the rate per endpoint.
 *
 * <p>The articles come from a deterministic generator (seed 1): events of 1..12 articles from 40
 * outlets over a year, each event with its own vocabulary and names, so stories have copies,
 * rewrites and many sources.
 */
public final class LoadHarness {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LoadHarness() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println(
          "usage: LoadHarness DATA_DIR [--articles N] [--clients C] [--seconds S]"
              + " [--max-requests R]");
      System.exit(1);
    }
    Path dir = Path.of(args[0]);
    int articles = 100_000;
    int clients = 50;
    int seconds = 30;
    long maxRequests = 2_000_000;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(args[i + 1]);
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--max-requests" -> maxRequests = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (clients < 1 || clients > 500 || seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("clients must be 1..500 and seconds 1..3600");
    }
    fill(dir, articles);
    ServeConfig config = ServeConfig.defaults(dir).withAddress("127.0.0.1", 0);
    try (ParallaxServer server = ParallaxServer.start(config)) {
      run(server.uri(), clients, seconds, maxRequests);
    }
  }

  static void fill(Path dir, int target) {
    try (ArticleStore store = ArticleStore.open(dir)) {
      long have = store.articleCount();
      if (have >= target) {
        System.out.printf(Locale.ROOT, "store holds %d articles; not generating%n", have);
        return;
      }
      long start = System.nanoTime();
      try (Ingestion in =
          Ingestion.open(store, Cleaner.standard(), ClusterConfig.defaults(), Clock.systemUTC())) {
        Generator g = new Generator(1);
        for (int i = 0; i < target; i++) {
          Article a = g.next(i);
          in.add(a);
          if ((i + 1) % 10_000 == 0) {
            System.out.printf(
                Locale.ROOT,
                "ingested %d articles, %.0f s%n",
                i + 1,
                (System.nanoTime() - start) / 1e9);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "ingested %d articles into %d stories in %.1f s%n",
          store.articleCount(),
          store.storyCount(),
          (System.nanoTime() - start) / 1e9);
    }
  }

  static void run(URI base, int clients, int seconds, long maxRequests) throws Exception {
    if (!base.getHost().equals("127.0.0.1")) {
      throw new IllegalStateException("loopback only: " + base);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<String> storyIds = new ArrayList<>();
    for (int offset = 0; offset < 5000; offset += 1000) {
      JsonNode page =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(
                              base.resolve("/api/stories?limit=1000&offset=" + offset))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      page.get("stories").forEach(s -> storyIds.add(s.get("id").asText()));
      System.out.printf(Locale.ROOT, "stories in the store: %d%n", page.get("total").asInt());
      if (page.get("stories").size() < 1000) {
        break;
      }
    }
    System.out.printf(Locale.ROOT, "warm-up 5 s, then %d clients for %d s%n", clients, seconds);
    phase(http, base, storyIds, clients, 5, maxRequests, false);
    phase(http, base, storyIds, clients, seconds, maxRequests, true);
  }

  private static void phase(
      HttpClient http,
      URI base,
      List<String> storyIds,
      int clients,
      int seconds,
      long maxRequests,
      boolean report)
      throws InterruptedException {
    Map<String, LatencyLog> logs = new ConcurrentHashMap<>();
    AtomicLong sent = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    CountDownLatch done = new CountDownLatch(clients);
    String[] sorts = {"latest", "size", "sources"};
    for (int c = 0; c < clients; c++) {
      Random random = new Random(1000 + c);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    boolean list = random.nextBoolean();
                    String endpoint;
                    String path;
                    if (list) {
                      endpoint = "GET /api/stories (list, 50 per page)";
                      path =
                          "/api/stories?limit=50&sort="
                              + sorts[random.nextInt(3)]
                              + "&offset="
                              + 50 * random.nextInt(20);
                    } else {
                      endpoint = "GET /api/stories/{id} (story page)";
                      path = "/api/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                    }
                    long start = System.nanoTime();
                    try {
                      HttpResponse<byte[]> r =
                          http.send(
                              HttpRequest.newBuilder(base.resolve(path))
                                  .timeout(Duration.ofSeconds(30))
                                  .build(),
                              HttpResponse.BodyHandlers.ofByteArray());
                      if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                      }
                    } catch (Exception e) {
                      failures.incrementAndGet();
                    }
                    logs.computeIfAbsent(endpoint, k -> new LatencyLog())
                        .add(System.nanoTime() - start);
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    if (!report) {
      return;
    }
    System.out.printf(
        Locale.ROOT, "%d clients, %d s, %d failures%n", clients, seconds, failures.get());
    logs.forEach(
        (endpoint, log) -> {
          long[] ns = log.sorted();
          System.out.printf(
              Locale.ROOT,
              "%-40s n=%7d  %6.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
              endpoint,
              ns.length,
              ns.length / (double) seconds,
              pct(ns, 0.50),
              pct(ns, 0.90),
              pct(ns, 0.99),
              ns[ns.length - 1] / 1e6);
        });
  }

  private static double pct(long[] sorted, double q) {
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** Latencies in nanoseconds, appended from many threads. */
  private static final class LatencyLog {
    private long[] ns = new long[1 << 16];
    private int n;

    synchronized void add(long value) {
      if (n == ns.length) {
        ns = Arrays.copyOf(ns, n * 2);
      }
      ns[n++] = value;
    }

    synchronized long[] sorted() {
      long[] out = Arrays.copyOf(ns, n);
      Arrays.sort(out);
      return out;
    }
  }

  /**
   * Deterministic synthetic news: events reported by several outlets, some copies, some rewrites.
   */
  static final class Generator {
    private static final String[] SYLLABLES = {
      "ka", "lo", "mi", "ra", "to", "ne", "su", "vi", "de", "po", "gar", "len", "bor", "tis", "man",
      "qui", "sel", "dor", "fen", "hal"
    };
    private final Random random;
    private final String[] common = new String[400];
    private int eventLeft;
    private int eventNo;
    private String[] eventWords;
    private String eventTitle;
    private String lastText;
    private Instant eventDate;

    Generator(long seed) {
      random = new Random(seed);
      for (int i = 0; i < common.length; i++) {
        common[i] = word(2);
      }
    }

    Article next(int i) {
      if (eventLeft == 0) {
        eventNo++;
        eventLeft = 1 + random.nextInt(12);
        eventWords = new String[14];
        for (int w = 0; w < eventWords.length; w++) {
          eventWords[w] = word(3);
        }
        eventTitle = cap(eventWords[0]) + " " + eventWords[1] + " " + eventWords[2];
        eventDate = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86400));
        lastText = null;
      }
      eventLeft--;
      String text;
      if (lastText != null && random.nextInt(4) == 0) {
        text = lastText; // a syndicated copy
      } else {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 8; s++) {
          for (int w = 0; w < 14; w++) {
            b.append(
                    random.nextInt(3) == 0
                        ? eventWords[random.nextInt(eventWords.length)]
                        : common[random.nextInt(common.length)])
                .append(' ');
          }
          b.setLength(b.length() - 1);
          b.append(". ");
        }
        text = b.toString().strip();
        lastText = text;
      }
      String source = "Outlet " + (1 + random.nextInt(40));
      return new Article(
          "gen-" + i,
          source,
          "https://outlet" + source.substring(7) + ".example/" + eventNo + "/" + i,
          eventDate.plusSeconds(random.nextInt(2 * 86400)),
          eventTitle + " " + word(2),
          text,
          random.nextInt(10) == 0 ? "de" : "en",
          Map.of(),
          new Origin("generated", i + 1));
    }

    private String word(int syllables) {
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      return w.toString();
    }

    private static String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
