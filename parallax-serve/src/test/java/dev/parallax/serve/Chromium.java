package dev.parallax.serve;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, which never downloads a browser. When {@code
 * /usr/bin/chromium} is absent the test setup installs Debian's {@code chromium} package (as root,
 * with apt-get, once per JVM), so the README's test command runs the browser tests on a fresh
 * machine. Where it still cannot be had, tests skip with a message, except under CI ({@code
 * CI=true}), where they fail.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final Playwright playwright;
  final BrowserContext context;

  private Chromium(Playwright playwright, BrowserContext context) {
    this.playwright = playwright;
    this.context = context;
  }

  /** Launches Chromium with a fresh profile, or skips (fails under CI) when it is not installed. */
  static Chromium launch() {
    ensureInstalled();
    if (!Files.isExecutable(EXECUTABLE)) {
      String message =
          EXECUTABLE + " is not installed (apt-get install -y chromium); browser tests need it";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(message + " and CI=true, so they fail instead of skipping");
      }
      Assumptions.abort(message + "; skipped");
    }
    try {
      Path profile = Files.createTempDirectory("parallax-chromium-");
      profile.toFile().deleteOnExit();
      Playwright playwright =
          Playwright.create(
              new Playwright.CreateOptions()
                  .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      BrowserContext context =
          playwright
              .chromium()
              .launchPersistentContext(
                  profile,
                  new BrowserType.LaunchPersistentContextOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setHeadless(true)
                      .setViewportSize(1400, 1000)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-quic",
                              "--no-first-run",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync")));
      Files.createDirectories(SCREENSHOTS);
      return new Chromium(playwright, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean installTried;

  /** Installs Debian's chromium package when it is missing and this process may (root, apt-get). */
  private static synchronized void ensureInstalled() {
    if (installTried || Files.isExecutable(EXECUTABLE)) {
      return;
    }
    installTried = true;
    if (!"root".equals(System.getProperty("user.name"))
        || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
      return;
    }
    System.err.println("Installing Debian's chromium package for the browser tests...");
    try {
      ProcessBuilder install =
          new ProcessBuilder(
                  "sh",
                  "-c",
                  "apt-get update -q && apt-get install -y -q --no-install-recommends chromium")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT);
      install.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process p = install.start();
      p.getOutputStream().close();
      if (!p.waitFor(15, java.util.concurrent.TimeUnit.MINUTES)) {
        p.destroyForcibly();
        System.err.println("chromium install timed out");
      }
    } catch (IOException e) {
      System.err.println("cannot install chromium: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      playwright.close();
    }
  }
}
