package dev.parallax.serve.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.clean.Cleaner;
import dev.parallax.cluster.ClusterConfig;
import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.serve.ParallaxServer;
import dev.parallax.serve.ServeConfig;
import dev.parallax.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code LoadHarness DATA_DIR [--articles N] [--clients C] [--seconds S] [--max-requests R] [--url
 * URL] [--wait-ready true|false] [--ingest-batches B] [--batch-size M] [--batch-interval-ms I]}:
 * fills the store in DATA_DIR with N generated articles (default 100,000; skipped when it holds
 * that many already), serves it on 127.0.0.1 (only), and runs C concurrent clients (default 50) for
 * S seconds (default 30, after 5 s of warm-up) or R requests in all (default 2,000,000), each
 * client sending one request after another, alternating the story list (three sorts, varying
 * offsets) and a random story page. Prints p50/p90/p99/max latency and the rate per endpoint.
 *
 * <p>With {@code --url http://127.0.0.1:PORT/} it serves nothing itself and loads a server already
 * running there (e.g. {@code parallax serve}), so that the clients' JVM is not the server's;
 * DATA_DIR is then unused. Either way it first waits until the server's ingest path is open ({@code
 * ingest_ready} in {@code /api/status}): opening it replays the whole store on the writer thread,
 * which takes a core for a while after start; {@code --wait-ready false} measures during that too.
 *
 * <p>With {@code --ingest-batches B} one more client POSTs B batches of M articles (default 100)
 * one after another (or one every I ms, default 0) while the readers run, and reads are reported
 * apart by whether a POST was in flight when they started. The POSTed articles copy the generated
 * ones under new ids, so they join stored stories and invalidate their cached pages. Served
 * in-process, the ingest goes to a copy of the store ({@code DATA_DIR.ingest-copy}, made afresh
 * each run), so the store itself stays as generated; with {@code --url} it goes to the served
 * store, which grows by B * M articles.
 *
 * <p>The articles come from a deterministic generator (seed 1): events of 1..12 articles from 40
 * outlets over a year, each event with its own vocabulary and names, so stories have copies,
 * rewrites and many sources.
 */
public final class LoadHarness {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LIST = "GET /api/stories (list, 50 per page)";
  private static final String STORY = "GET /api/stories/{id} (story page)";
  private static final String DURING_INGEST = " [POST in flight]";
  private static final String POST = "POST /api/articles (batch)";

  private LoadHarness() {}

  /** What to run. */
  record Options(
      Path dir,
      int articles,
      int clients,
      int seconds,
      long maxRequests,
      URI url,
      boolean waitReady,
      int ingestBatches,
      int batchSize,
      int batchIntervalMillis) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println(
          "usage: LoadHarness DATA_DIR [--articles N] [--clients C] [--seconds S]"
              + " [--max-requests R] [--url http://127.0.0.1:PORT/] [--wait-ready true|false]"
              + " [--ingest-batches B] [--batch-size M] [--batch-interval-ms I]");
      System.exit(1);
    }
    Path dir = Path.of(args[0]);
    int articles = 100_000;
    int clients = 50;
    int seconds = 30;
    long maxRequests = 2_000_000;
    URI url = null;
    boolean waitReady = true;
    int ingestBatches = 0;
    int batchSize = 100;
    int batchIntervalMillis = 0;
    for (int i = 1; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      String v = args[i + 1];
      switch (args[i]) {
        case "--articles" -> articles = Integer.parseInt(v);
        case "--clients" -> clients = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--max-requests" -> maxRequests = Long.parseLong(v);
        case "--url" -> url = URI.create(v.endsWith("/") ? v : v + "/");
        case "--wait-ready" -> waitReady = Boolean.parseBoolean(v);
        case "--ingest-batches" -> ingestBatches = Integer.parseInt(v);
        case "--batch-size" -> batchSize = Integer.parseInt(v);
        case "--batch-interval-ms" -> batchIntervalMillis = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (clients < 1 || clients > 500 || seconds < 1 || seconds > 3600) {
      throw new IllegalArgumentException("clients must be 1..500 and seconds 1..3600");
    }
    if (batchIntervalMillis < 0 || batchIntervalMillis > 600_000) {
      throw new IllegalArgumentException("batch-interval-ms must be 0..600000");
    }
    if (ingestBatches < 0 || ingestBatches > 10_000 || batchSize < 1 || batchSize > 5_000) {
      throw new IllegalArgumentException("ingest-batches must be 0..10000 and batch-size 1..5000");
    }
    Options o =
        new Options(
            dir,
            articles,
            clients,
            seconds,
            maxRequests,
            url,
            waitReady,
            ingestBatches,
            batchSize,
            batchIntervalMillis);
    if (url != null) {
      System.out.println("loading the server at " + url + " (not serving in-process)");
      run(url, o);
      return;
    }
    fill(dir, articles);
    Path served = dir;
    if (ingestBatches > 0) {
      served = Path.of(dir + ".ingest-copy");
      copyStore(dir, served);
    }
    ServeConfig config = ServeConfig.defaults(served).withAddress("127.0.0.1", 0);
    try (ParallaxServer server = ParallaxServer.start(config)) {
      run(server.uri(), o);
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

  /** Replaces {@code to} with a copy of the (closed) store in {@code from}. */
  static void copyStore(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> old = Files.walk(to)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    System.out.println("ingest goes to a copy of the store: " + to);
  }

  static void run(URI base, Options o) throws Exception {
    if (!base.getHost().equals("127.0.0.1")) {
      throw new IllegalStateException("loopback only: " + base);
    }
    // One small executor shared by every client, so the clients' JVM runs few threads.
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "load-http");
              t.setDaemon(true);
              return t;
            });
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(executor)
            .build();
    if (o.waitReady()) {
      waitUntilReady(http, base);
    }
    List<String> storyIds = new ArrayList<>();
    for (int offset = 0; offset < 5000; offset += 1000) {
      JsonNode page = getJson(http, base.resolve("/api/stories?limit=1000&offset=" + offset));
      page.get("stories").forEach(s -> storyIds.add(s.get("id").asText()));
      if (offset == 0) {
        System.out.printf(Locale.ROOT, "stories in the store: %d%n", page.get("total").asInt());
      }
      if (page.get("stories").size() < 1000) {
        break;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up 5 s, then %d clients for %d s%s; load average %s%n",
        o.clients(),
        o.seconds(),
        o.ingestBatches() > 0
            ? " with " + o.ingestBatches() + " POSTs of " + o.batchSize() + " articles"
            : "",
        loadAverage());
    phase(http, base, storyIds, o, 5, false);
    phase(http, base, storyIds, o, o.seconds(), true);
    System.out.println("load average after: " + loadAverage());
    JsonNode status = getJson(http, base.resolve("/api/status"));
    System.out.println("server status: " + status);
    executor.shutdownNow();
  }

  private static void waitUntilReady(HttpClient http, URI base) throws Exception {
    long start = System.nanoTime();
    long deadline = start + 15L * 60 * 1_000_000_000L;
    while (!getJson(http, base.resolve("/api/status")).get("ingest_ready").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the server's ingest path did not open within 15 min");
      }
      Thread.sleep(250);
    }
    System.out.printf(
        Locale.ROOT,
        "waited %.1f s for the ingest path to open (store replay)%n",
        (System.nanoTime() - start) / 1e9);
  }

  private static JsonNode getJson(HttpClient http, URI uri) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + uri + " -> " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static void phase(
      HttpClient http, URI base, List<String> storyIds, Options o, int seconds, boolean report)
      throws InterruptedException {
    Map<String, LatencyLog> logs = new ConcurrentHashMap<>();
    AtomicLong sent = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    AtomicInteger postsInFlight = new AtomicInteger();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    int clients = o.clients();
    boolean ingest = report && o.ingestBatches() > 0;
    CountDownLatch done = new CountDownLatch(clients + (ingest ? 1 : 0));
    String[] sorts = {"latest", "size", "sources"};
    for (int c = 0; c < clients; c++) {
      Random random = new Random(1000 + c);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (System.nanoTime() < deadline
                      && sent.incrementAndGet() <= o.maxRequests()) {
                    boolean list = random.nextBoolean();
                    String endpoint;
                    String path;
                    if (list) {
                      endpoint = LIST;
                      path =
                          "/api/stories?limit=50&sort="
                              + sorts[random.nextInt(3)]
                              + "&offset="
                              + 50 * random.nextInt(20);
                    } else {
                      endpoint = STORY;
                      path = "/api/stories/" + storyIds.get(random.nextInt(storyIds.size()));
                    }
                    boolean duringIngest = postsInFlight.get() > 0;
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
                    long ns = System.nanoTime() - start;
                    logs.computeIfAbsent(endpoint, k -> new LatencyLog()).add(ns);
                    if (duringIngest) {
                      logs.computeIfAbsent(endpoint + DURING_INGEST, k -> new LatencyLog()).add(ns);
                    }
                  }
                } finally {
                  done.countDown();
                }
              },
              "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    AtomicLong posted = new AtomicLong();
    if (ingest) {
      Thread t =
          new Thread(
              () -> {
                try {
                  post(http, base, o, deadline, postsInFlight, logs, posted, failures);
                } finally {
                  done.countDown();
                }
              },
              "load-ingest");
      t.setDaemon(true);
      t.start();
    }
    done.await();
    if (!report) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%d clients, %d s, %d failures%s%n",
        clients,
        seconds,
        failures.get(),
        ingest ? ", " + posted.get() + " articles stored by POST" : "");
    new java.util.TreeMap<>(logs)
        .forEach(
            (endpoint, log) -> {
              long[] ns = log.sorted();
              System.out.printf(
                  Locale.ROOT,
                  "%-58s n=%7d  %6.0f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f"
                      + " ms%n",
                  endpoint,
                  ns.length,
                  ns.length / (double) seconds,
                  pct(ns, 0.50),
                  pct(ns, 0.90),
                  pct(ns, 0.99),
                  ns[ns.length - 1] / 1e6);
            });
  }

  /** POSTs batches one after another until they are all sent or the phase ends. */
  private static void post(
      HttpClient http,
      URI base,
      Options o,
      long deadline,
      AtomicInteger inFlight,
      Map<String, LatencyLog> logs,
      AtomicLong posted,
      AtomicLong failures) {
    String run = Long.toString(System.currentTimeMillis(), 36);
    Generator g = new Generator(1);
    int next = 0;
    for (int b = 0; b < o.ingestBatches() && System.nanoTime() < deadline; b++) {
      ArrayNode batch = JSON.createArrayNode();
      for (int i = 0; i < o.batchSize(); i++, next++) {
        Article a = g.next(next);
        ObjectNode n = batch.addObject();
        n.put("id", "post-" + run + "-" + next);
        n.put("source", a.source());
        n.put("url", a.url() + "?post=" + run);
        n.put("published", a.published().toString());
        n.put("title", a.title());
        n.put("text", a.text());
        n.put("language", a.language());
      }
      inFlight.incrementAndGet();
      long start = System.nanoTime();
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(base.resolve("/api/articles"))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofString(batch.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          posted.addAndGet(JSON.readTree(r.body()).get("stored").asLong());
        } else {
          failures.incrementAndGet();
          System.err.println("POST -> " + r.statusCode() + " " + r.body());
        }
      } catch (Exception e) {
        failures.incrementAndGet();
        System.err.println("POST failed: " + e);
      } finally {
        inFlight.decrementAndGet();
      }
      long took = System.nanoTime() - start;
      logs.computeIfAbsent(POST, k -> new LatencyLog()).add(took);
      long pauseMillis = o.batchIntervalMillis() - took / 1_000_000;
      if (pauseMillis > 0) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
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
