package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cached story pages and lists change exactly when an ingest changes what they show. */
class StoryCacheTest {
  @TempDir Path dir;

  @Test
  void anIngestRefreshesTheStoriesItTouchedAndLeavesTheOthersCached() {
    try (TestServer server = TestServer.start(dir)) {
      JsonNode first = server.ingest(Articles.sample());
      String fire = storyOf(first, "fire-1");
      String chess = storyOf(first, "chess-1");

      HttpResponse<String> fireBefore = server.get("/api/stories/" + fire);
      HttpResponse<String> chessBefore = server.get("/api/stories/" + chess);
      JsonNode listBefore = server.getJson("/api/stories?sort=size");
      assertThat(TestServer.parse(fireBefore.body()).get("article_count").asInt()).isEqualTo(4);
      assertThat(server.get("/api/stories/" + fire).body()).isEqualTo(fireBefore.body());

      // A fifth outlet copies the fire report: only the fire story is touched.
      ArrayNode more = TestServer.JSON.createArrayNode();
      more.add(
          Articles.article(
              "fire-5",
              "Harbour Radio",
              "2024-03-07T07:00:00Z",
              "Northport harbour fire: what we know",
              TestServer.parse(fireBefore.body()).get("articles").get(0).get("text").asText(),
              "en"));
      JsonNode second = server.ingest(more.toString());
      assertThat(storyOf(second, "fire-5")).isEqualTo(fire);

      HttpResponse<String> fireAfter = server.get("/api/stories/" + fire);
      JsonNode fireJson = TestServer.parse(fireAfter.body());
      assertThat(fireJson.get("article_count").asInt()).isEqualTo(5);
      assertThat(fireJson.get("articles").findValuesAsText("id")).contains("fire-5");
      assertThat(fireAfter.headers().firstValue("ETag"))
          .isNotEqualTo(fireBefore.headers().firstValue("ETag"));

      long hits = storyPageHits(server);
      HttpResponse<String> chessAfter = server.get("/api/stories/" + chess);
      assertThat(chessAfter.body()).isEqualTo(chessBefore.body());
      assertThat(chessAfter.headers().firstValue("ETag"))
          .isEqualTo(chessBefore.headers().firstValue("ETag"));
      assertThat(storyPageHits(server))
          .as("the untouched story came from the cache")
          .isEqualTo(hits + 1);

      JsonNode listAfter = server.getJson("/api/stories?sort=size");
      assertThat(listAfter.get("stories").get(0).get("article_count").asInt()).isEqualTo(5);
      assertThat(listAfter).isNotEqualTo(listBefore);
    }
  }

  @Test
  void aMatchingIfNoneMatchGetsNotModified() {
    try (TestServer server = TestServer.start(dir)) {
      String story = storyOf(server.ingest(Articles.sample()), "strike-1");
      for (String path : new String[] {"/api/stories/" + story, "/api/stories?limit=2"}) {
        HttpResponse<String> full = server.get(path);
        String etag = full.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again =
            server.send(
                HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other =
            server.send(
                HttpRequest.newBuilder(server.uri(path))
                    .header("If-None-Match", "\"something-else\"")
                    .build());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(full.body());
      }
      assertThat(server.get("/api/stories/no-such-story").statusCode()).isEqualTo(404);
    }
  }

  private static long storyPageHits(TestServer server) {
    return server.getJson("/api/status").get("caches").get("story_pages").get("hits").asLong();
  }

  private static String storyOf(JsonNode ingested, String articleId) {
    for (JsonNode a : ingested.get("articles")) {
      if (a.get("article_id").asText().equals(articleId)) {
        return a.get("story_id").asText();
      }
    }
    throw new AssertionError("not ingested: " + articleId);
  }
}
