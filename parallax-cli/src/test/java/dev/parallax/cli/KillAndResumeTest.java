package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.ArticleStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIGKILL in the middle of an ingest, followed by the same ingest again, ends with every article
 * stored exactly once, in SQLite and in the text index.
 */
class KillAndResumeTest {
  private static final int ARTICLES = 8000;
  private static final int KILL_AFTER_STORED = 1000;

  @TempDir Path dir;

  @Test
  void killedIngestResumesWithEveryArticleStoredOnce() throws Exception {
    Path input = generate(dir.resolve("stream.jsonl"));
    Path data = dir.resolve("data");

    Process child =
        new ProcessBuilder(
                javaBinary(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "ingest",
                "--data",
                data.toString(),
                input.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long storedAtKill = waitForStored(data, KILL_AFTER_STORED, child);
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long afterKill = countRows(data);
    assertThat(afterKill)
        .as("killed mid-ingest (child log: %s)", Files.readString(dir.resolve("child.log")))
        .isBetween((long) KILL_AFTER_STORED, (long) ARTICLES - 1);
    assertThat(storedAtKill).isGreaterThanOrEqualTo(KILL_AFTER_STORED);

    CliRun again = CliRun.of("ingest", "--data", data.toString(), input.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains(afterKill + " already stored");

    try (ArticleStore store = ArticleStore.open(data)) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      assertThat(store.indexedCount()).isEqualTo(ARTICLES);
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
        Statement s = db.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(DISTINCT id), COUNT(*),"
                    + " (SELECT COUNT(*) FROM articles a LEFT JOIN stories t ON a.story_id = t.id"
                    + "  WHERE t.id IS NULL) FROM articles")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(ARTICLES);
      assertThat(rs.getLong(2)).isEqualTo(ARTICLES);
      assertThat(rs.getLong(3)).as("articles whose story is missing").isZero();
    }
  }

  private static long waitForStored(Path data, long atLeast, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        throw new AssertionError("the ingest ended before it could be killed");
      }
      long n = Files.exists(data.resolve("parallax.db")) ? countRows(data) : 0;
      if (n >= atLeast) {
        return n;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the ingest stored fewer than " + atLeast + " articles in 120 s");
  }

  private static long countRows(Path data) {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("parallax.db"));
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // the table may not exist yet
    }
  }

  private static Path generate(Path file) throws IOException {
    Random random = new Random(7);
    List<String> places =
        List.of("Millbrook", "Carver Falls", "Port Elwin", "Redfield", "Lakemont");
    List<String> kinds = List.of("fire", "flood", "strike", "robbery", "election");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < ARTICLES; i++) {
        String place = places.get(random.nextInt(places.size()));
        String kind = kinds.get(random.nextInt(kinds.size()));
        int n = random.nextInt(500);
        w.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"k%05d\",\"source\":\"Outlet %d\",\"published\":\"2025-03-%02dT10:00:00Z\","
                    + "\"title\":\"%s %s number %d\",\"text\":\"Officials in %s said the %s"
                    + " affected %d residents. Report %d of the %s desk.\"}%n",
                i,
                i % 7,
                1 + i % 28,
                place,
                kind,
                n,
                place,
                kind,
                n,
                i,
                kind));
      }
    }
    return file;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
