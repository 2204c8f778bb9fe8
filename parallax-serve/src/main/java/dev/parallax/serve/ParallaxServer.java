package dev.parallax.serve;

import dev.parallax.cluster.ClusterConfig;
import dev.parallax.extract.ArticleExtractor;
import dev.parallax.pipeline.Ingestion;
import dev.parallax.serve.api.ApiError;
import dev.parallax.serve.api.ApiRoutes;
import dev.parallax.serve.catalog.StoreView;
import dev.parallax.serve.ingest.ArticleBodyReader;
import dev.parallax.serve.ingest.IngestWriter;
import dev.parallax.serve.web.AccessGuard;
import dev.parallax.serve.web.WebRoutes;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreReader;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Parallax server over one store: the API ({@link ApiRoutes}), the web pages ({@link
 * WebRoutes}) and {@code /openapi.json}, on Javalin.
 *
 * <p>One writer thread ingests POSTed articles through the same {@link Ingestion} path as the
 * command line; reads go to pooled read-only connections and a refreshed index searcher, so they
 * keep answering while an ingest runs. {@link #close} stops serving, finishes queued ingests and
 * closes the store.
 */
public final class ParallaxServer implements AutoCloseable {
  /** A route the server answers: method and path pattern. */
  public record Route(String method, String path) {}

  private static final Logger LOG = LoggerFactory.getLogger(ParallaxServer.class);

  /** Jetty threads per core; see {@link #threadPool}. */
  private static final int THREADS_PER_CORE = 4;

  /** The fewest Jetty threads: the selector and acceptor take some, and reads may block. */
  private static final int MIN_THREADS = 12;

  private final Javalin app;
  private final ArticleStore store;
  private final StoreReader reader;
  private final IngestWriter writer;
  private final ServeConfig config;

  private ParallaxServer(
      Javalin app,
      ArticleStore store,
      StoreReader reader,
      IngestWriter writer,
      ServeConfig config) {
    this.app = app;
    this.store = store;
    this.reader = reader;
    this.writer = writer;
    this.config = config;
  }

  /** Serves {@code config} with the standard ingest path (as {@code parallax ingest} wires it). */
  public static ParallaxServer start(ServeConfig config) {
    return start(config, s -> Ingestion.openStandard(s, ClusterConfig.defaults()));
  }

  /**
   * Opens (creating if needed) the store in {@code config.dataDir()} and serves it; {@code
   * ingestion} opens the ingest path over the store for POSTed articles.
   */
  public static ParallaxServer start(
      ServeConfig config, Function<ArticleStore, Ingestion> ingestion) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(ingestion, "ingestion");
    ArticleStore store = ArticleStore.open(config.dataDir());
    StoreReader reader = null;
    IngestWriter writer = null;
    try {
      store.commit(); // a fresh store gets its first index commit, so readers can open it
      reader = StoreReader.open(config.dataDir(), config.readConnections());
      StoreView view = StoreView.load(reader);
      ArticleBodyReader bodies =
          new ArticleBodyReader(
              ArticleExtractor.standard(),
              (int) config.maxBodyBytes(),
              config.maxArticlesPerPost());
      // The routes exist before the writer (they take it), but the writer must invalidate their
      // caches: the holder breaks the cycle and is set before the writer can commit anything.
      AtomicReference<ApiRoutes> routes = new AtomicReference<>();
      writer =
          IngestWriter.start(
              store,
              ingestion,
              touched -> {
                view.committed(touched);
                routes.get().invalidate(touched);
              });
      ApiRoutes api =
          new ApiRoutes(view, writer, bodies, config.storyCacheBytes(), config.listCacheBytes());
      routes.set(api);
      WebRoutes web = new WebRoutes();
      AccessGuard guard = new AccessGuard(config.token(), config.loopbackOnly());
      Javalin app =
          Javalin.create(
              c -> {
                c.jetty.host = config.host();
                c.jetty.port = config.port();
                c.jetty.threadPool = threadPool();
                if (config.loopbackOnly()) {
                  // Compressing for this machine costs CPU and saves no time.
                  c.http.compressionStrategy = CompressionStrategy.NONE;
                }
                c.http.maxRequestSize = config.maxBodyBytes();
                c.startup.showJavalinBanner = false;
                c.startup.showOldJavalinVersionWarning = false;
                c.routes.before(ParallaxServer::securityHeaders);
                c.routes.before(guard::check);
                api.register(c.routes);
                web.register(c.routes);
                c.routes.exception(
                    ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
                c.routes.exception(
                    StoreException.class,
                    (e, ctx) -> {
                      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
                      error(ctx, 500, e.getMessage());
                    });
                c.routes.exception(
                    Exception.class,
                    (e, ctx) -> {
                      LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
                      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
                    });
                c.routes.error(404, "*", ctx -> notFoundOrKeep(ctx));
                c.routes.error(405, "*", ctx -> notFoundOrKeep(ctx));
                c.routes.error(413, "*", ctx -> tooLarge(ctx, config.maxBodyBytes()));
              });
      app.start();
      return new ParallaxServer(app, store, reader, writer, config);
    } catch (RuntimeException e) {
      closeQuietly(writer, e);
      closeQuietly(reader, e);
      closeQuietly(store, e);
      throw e;
    }
  }

  /**
   * Jetty's request threads, sized for the cores: cached answers take microseconds of CPU, so more
   * threads than a few per core only add context switches, while a few extra cover requests that
   * wait on SQLite or the disk. Requests beyond them queue (unbounded) rather than fail.
   */
  private static QueuedThreadPool threadPool() {
    int cores = Runtime.getRuntime().availableProcessors();
    int max = Math.max(MIN_THREADS, THREADS_PER_CORE * cores);
    QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, MIN_THREADS), 60_000);
    pool.setName("parallax-http");
    return pool;
  }

  /** The port the server listens on (the bound one when {@code port} was 0). */
  public int port() {
    return app.port();
  }

  /** The server's base URI, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Every route registered, for documentation checks. */
  public List<Route> routes() {
    List<Route> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      HandlerType m = e.endpoint.method;
      if (m == HandlerType.GET
          || m == HandlerType.POST
          || m == HandlerType.PUT
          || m == HandlerType.DELETE
          || m == HandlerType.PATCH) {
        out.add(new Route(m.name().toUpperCase(Locale.ROOT), e.endpoint.path));
      }
    }
    return out;
  }

  /** Whether the ingest path is open and POSTed batches run without waiting for it. */
  public boolean ingestReady() {
    return writer.ready();
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    try {
      app.stop();
    } catch (RuntimeException e) {
      failure = e;
    }
    failure = closeQuietly(writer, failure);
    failure = closeQuietly(reader, failure);
    failure = closeQuietly(store, failure);
    if (failure != null) {
      throw failure;
    }
  }

  private static void securityHeaders(Context ctx) {
    for (Map.Entry<String, String> h : WebRoutes.SECURITY_HEADERS.entrySet()) {
      ctx.header(h.getKey(), h.getValue());
    }
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static void error(Context ctx, int status, String message) {
    ApiRoutes.json(ctx, status, Map.of("error", message == null ? "error" : message));
  }

  private static void notFoundOrKeep(Context ctx) {
    // Only replace Javalin's own plain answer: an API error already wrote its JSON.
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith("application/json")) {
      error(
          ctx,
          ctx.status().getCode(),
          ctx.status().getCode() == 404
              ? "no such page: " + ctx.path()
              : "method " + ctx.method() + " not allowed on " + ctx.path());
    }
  }

  private static void tooLarge(Context ctx, long maxBodyBytes) {
    error(ctx, 413, "the request body is larger than " + maxBodyBytes + " bytes");
  }

  private static RuntimeException closeQuietly(AutoCloseable c, RuntimeException failure) {
    if (c == null) {
      return failure;
    }
    try {
      c.close();
      return failure;
    } catch (Exception e) {
      RuntimeException r =
          e instanceof RuntimeException re ? re : new IllegalStateException(e.getMessage(), e);
      if (failure == null) {
        return r;
      }
      failure.addSuppressed(r);
      return failure;
    }
  }
}
