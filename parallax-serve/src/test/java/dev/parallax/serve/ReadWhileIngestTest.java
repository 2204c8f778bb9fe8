package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads keep answering, quickly, while a large POST ingest runs on the writer thread. */
class ReadWhileIngestTest {
  @TempDir Path dir;

  @Test
  void readsAnswerWhileAPostIngestRuns() throws Exception {
    long seed = 7;
    System.out.println("ReadWhileIngestTest seed " + seed);
    Random random = new Random(seed);
    try (TestServer server = TestServer.start(dir)) {
      server.ingest(Articles.sample());
      String story = server.getJson("/api/articles/fire-1").get("story_id").asText();
      ArrayNode batch = TestServer.JSON.createArrayNode();
      for (int i = 0; i < 4000; i++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 80; w++) {
          text.append("w").append(random.nextInt(5000)).append(' ');
        }
        batch.add(
            Articles.article(
                "bulk-" + i,
                "Bulk " + (i % 13),
                String.format(Locale.ROOT, "2022-%02d-%02dT10:00:00Z", 1 + i % 12, 1 + i % 28),
                "Bulk story " + i,
                text.toString(),
                "en"));
      }
      CompletableFuture<HttpResponse<String>> post =
          CompletableFuture.supplyAsync(
              () -> server.post("/api/articles", "application/json", batch.toString()));

      List<Long> whileIngesting = new ArrayList<>();
      while (!post.isDone()) {
        long start = System.nanoTime();
        HttpResponse<String> list = server.get("/api/stories?limit=20");
        HttpResponse<String> one = server.get("/api/stories/" + story);
        HttpResponse<String> search = server.get("/api/search?q=harbour");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!post.isDone()) {
          whileIngesting.add(millis);
        }
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(TestServer.parse(search.body()).get("total").asInt()).isEqualTo(4);
      }
      HttpResponse<String> done = post.get();
      assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
      assertThat(TestServer.parse(done.body()).get("stored").asInt()).isEqualTo(4000);

      System.out.println(
          "reads while ingesting: "
              + whileIngesting.size()
              + " rounds, slowest "
              + whileIngesting.stream().mapToLong(Long::longValue).max().orElse(0)
              + " ms");
      // Reads completing while the POST is still running is what shows they are not blocked; how
      // fast they are is the load benchmark's business (docs/benchmarks.md), not a unit test's.
      assertThat(whileIngesting).as("reads answered during the ingest").hasSizeGreaterThan(5);

      JsonNode status = server.getJson("/api/status");
      assertThat(status.get("articles").asLong()).isEqualTo(4007);
      assertThat(server.getJson("/api/search?q=" + "title:bulk").get("total").asInt())
          .isEqualTo(4000);
    }
  }
}
