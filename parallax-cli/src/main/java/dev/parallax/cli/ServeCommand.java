package dev.parallax.cli;

import dev.parallax.cluster.ClusterConfig;
import dev.parallax.serve.ParallaxServer;
import dev.parallax.serve.ServeConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parallax serve}: the HTTP API and web pages over the store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the store over HTTP: a JSON API (see /openapi.json), search, ingest by POST and web"
          + " pages for every story. Stops on Ctrl-C.",
      "Bound to 127.0.0.1 unless --host says otherwise; binding beyond localhost needs --token"
          + " (or PARALLAX_TOKEN), which every request must then carry."
    })
final class ServeCommand implements Callable<Integer> {
  private static final long MIB = 1024L * 1024;

  /** A cache of at most 1 TiB: more would not fit any heap, and the bytes must fit a long. */
  private static final long MAX_CACHE_MB = 1L << 20;

  @Mixin DataOption data;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = ServeConfig.DEFAULT_HOST,
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Access token (at least 12 characters of A-Z a-z 0-9 . _ ~ -); default: the"
              + " PARALLAX_TOKEN environment variable, else none (allowed on localhost only).")
  String token;

  @Option(
      names = "--max-body-mb",
      paramLabel = "MB",
      description = "Largest POST /api/articles body, in MiB (default: 16).")
  Integer maxBodyMb;

  @Option(
      names = "--max-articles",
      paramLabel = "N",
      description = "Most articles in one POST /api/articles (default: 5000).")
  Integer maxArticles;

  @Option(
      names = "--cache-mb",
      paramLabel = "MB",
      description =
          "Memory for rendered story pages and lists kept between changes, in MiB; 0 turns the"
              + " cache off (default: a share of the heap).")
  Long cacheMb;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    String effectiveToken = token != null ? token : System.getenv("PARALLAX_TOKEN");
    requireIn("--max-body-mb", maxBodyMb, 1, Integer.MAX_VALUE / MIB);
    requireIn("--max-articles", maxArticles, 1, Integer.MAX_VALUE);
    requireIn("--cache-mb", cacheMb, 0, MAX_CACHE_MB);
    ServeConfig config =
        ServeConfig.defaults(data.dir).withToken(effectiveToken).withAddress(host, port);
    if (maxBodyMb != null || maxArticles != null) {
      config =
          config.withLimits(
              maxBodyMb != null ? maxBodyMb * MIB : config.maxBodyBytes(),
              maxArticles != null ? maxArticles : config.maxArticlesPerPost());
    }
    if (cacheMb != null) {
      config = config.withResponseCache(cacheMb * MIB);
    }
    ParallaxServer server =
        ParallaxServer.start(config, store -> Pipelines.open(store, ClusterConfig.defaults()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "parallax-serve-shutdown"));
    out.println(
        "serving "
            + data.dir
            + " at "
            + server.uri()
            + (effectiveToken != null ? " (token required)" : "")
            + "; Ctrl-C stops");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  private void requireIn(String option, Number value, long min, long max) {
    if (value != null && (value.longValue() < min || value.longValue() > max)) {
      throw new ParameterException(
          spec.commandLine(), option + " must be in " + min + ".." + max + ": " + value);
    }
  }
}
