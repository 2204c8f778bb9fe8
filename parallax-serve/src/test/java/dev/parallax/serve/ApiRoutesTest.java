package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiRoutesTest {
  @TempDir static Path dir;
  static TestServer server;
  static JsonNode ingested;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    ingested = server.ingest(Articles.sample());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String storyOf(String articleId) {
    for (JsonNode a : ingested.get("articles")) {
      if (a.get("article_id").asText().equals(articleId)) {
        return a.get("story_id").asText();
      }
    }
    throw new AssertionError("not ingested: " + articleId);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void postReportsWhereEachArticleWent() {
    assertThat(ingested.get("received").asInt()).isEqualTo(7);
    assertThat(ingested.get("stored").asInt()).isEqualTo(7);
    assertThat(ingested.get("copies").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode again = server.ingest(Articles.sample());
    assertThat(again.get("stored").asInt()).isZero();
    assertThat(again.get("already_stored").asInt()).isEqualTo(7);
    assertThat(storyOf("fire-2")).isEqualTo(storyOf("fire-1"));
    assertThat(storyOf("chess-1")).isNotEqualTo(storyOf("fire-1"));
  }

  @Test
  void listsStoriesLatestFirstWithTotal() {
    JsonNode page = server.getJson("/api/stories");
    int total = page.get("total").asInt();
    assertThat(total).isGreaterThanOrEqualTo(3);
    List<String> lastSeen = new ArrayList<>();
    page.get("stories").forEach(s -> lastSeen.add(s.get("last_seen").asText()));
    assertThat(lastSeen).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(page.get("stories").get(0).get("id").asText()).isEqualTo(storyOf("chess-1"));
  }

  @Test
  void sortsBySizeAndSources() {
    JsonNode bySize = server.getJson("/api/stories?sort=size");
    assertThat(bySize.get("stories").get(0).get("id").asText()).isEqualTo(storyOf("fire-1"));
    List<Integer> sizes = new ArrayList<>();
    bySize.get("stories").forEach(s -> sizes.add(s.get("article_count").asInt()));
    assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
    JsonNode bySources = server.getJson("/api/stories?sort=sources");
    List<Integer> sources = new ArrayList<>();
    bySources.get("stories").forEach(s -> sources.add(s.get("source_count").asInt()));
    assertThat(sources).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void pagesWithLimitAndOffset() {
    JsonNode all = server.getJson("/api/stories?limit=1000");
    int total = all.get("total").asInt();
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < total; offset += 2) {
      JsonNode page = server.getJson("/api/stories?limit=2&offset=" + offset);
      assertThat(page.get("total").asInt()).isEqualTo(total);
      page.get("stories").forEach(s -> paged.add(s.get("id").asText()));
    }
    List<String> expected = new ArrayList<>();
    all.get("stories").forEach(s -> expected.add(s.get("id").asText()));
    assertThat(paged).isEqualTo(expected);
    assertThat(server.getJson("/api/stories?offset=999").get("stories")).isEmpty();
  }

  @Test
  void filtersBySourceLanguageDateAndEntity() {
    JsonNode bySource = server.getJson("/api/stories?source=" + q("Rhein Zeitung"));
    assertThat(ids(bySource)).containsExactly(storyOf("strike-2"));
    JsonNode byLanguage = server.getJson("/api/stories?language=de");
    assertThat(ids(byLanguage)).containsExactly(storyOf("strike-2"));
    JsonNode byDate = server.getJson("/api/stories?from=2024-05-01&to=2024-05-31");
    assertThat(ids(byDate)).containsExactly(storyOf("chess-1"));
    JsonNode byEntity = server.getJson("/api/stories?entity=" + q("Elena Varga"));
    assertThat(ids(byEntity)).containsExactly(storyOf("fire-1"));
    assertThat(byEntity.get("total").asInt()).isEqualTo(1);
  }

  @Test
  void storyIsTheSameJsonAsTheCommandLine() {
    String id = storyOf("fire-1");
    JsonNode story = server.getJson("/api/stories/" + id);
    assertThat(story.get("id").asText()).isEqualTo(id);
    List<String> keys = new ArrayList<>();
    story.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "id",
            "headline",
            "article_count",
            "source_count",
            "independent_sources",
            "first_seen",
            "last_seen",
            "summary",
            "claims",
            "quotes",
            "entities",
            "timeline",
            "articles");
    JsonNode copy = null;
    for (JsonNode a : story.get("articles")) {
      if (a.get("id").asText().equals("fire-2")) {
        copy = a;
      }
    }
    assertThat(copy).isNotNull();
    assertThat(copy.get("copy").asText()).isEqualTo("exact");
    assertThat(copy.get("copy_of").asText()).isEqualTo("fire-1");
  }

  @Test
  void articleHasTextAndProvenance() {
    JsonNode a = server.getJson("/api/articles/fire-2");
    assertThat(a.get("text").asText()).startsWith("A large fire broke out");
    assertThat(a.get("copy").asText()).isEqualTo("exact");
    assertThat(a.get("copy_of").asText()).isEqualTo("fire-1");
    assertThat(a.get("copy_similarity").asDouble()).isEqualTo(1.0);
    assertThat(a.get("origin").asText()).isEqualTo("api:2");
    assertThat(a.get("story_id").asText()).isEqualTo(storyOf("fire-1"));
    assertThat(a.get("copy_of_article").get("source").asText()).isEqualTo("Coast Gazette");
  }

  @Test
  void everyPageIsTheSharedShellNamingItsView() {
    String[][] pages = {
      {"/", "stories", "index"},
      {"/stories/any", "story", "story"},
      {"/articles/any", "article", "article"}
    };
    for (String[] p : pages) {
      HttpResponse<String> page = server.get(p[0]);
      assertThat(page.statusCode()).as(p[0]).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.body())
          .as(p[0])
          .contains("<title>Parallax — " + p[1] + "</title>")
          .contains("<body data-page=\"" + p[2] + "\">")
          .contains("<script src=\"/assets/app.js\" defer></script>")
          .doesNotContain("{{");
    }
  }

  @Test
  void unknownIdsAre404WithAMessage() {
    HttpResponse<String> story = server.get("/api/stories/nope");
    assertThat(story.statusCode()).isEqualTo(404);
    assertThat(TestServer.parse(story.body()).get("error").asText()).contains("no story nope");
    assertThat(server.get("/api/articles/nope").statusCode()).isEqualTo(404);
    HttpResponse<String> page = server.get("/api/nothing-here");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(TestServer.parse(page.body()).get("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void searchesWithLuceneSyntax() {
    JsonNode phrase = server.getJson("/api/search?q=" + q("\"harbour master\""));
    assertThat(phrase.get("total").asInt()).isEqualTo(4);
    assertThat(phrase.get("stories").get(0).get("id").asText()).isEqualTo(storyOf("fire-1"));
    JsonNode source = server.getJson("/api/search?q=" + q("fire AND source:\"Daily Ledger\""));
    assertThat(articleIds(source)).containsExactly("fire-3");
    JsonNode title = server.getJson("/api/search?q=" + q("title:draw"));
    assertThat(articleIds(title)).containsExactly("chess-1");
    JsonNode not = server.getJson("/api/search?q=" + q("strike -source:\"Rhein Zeitung\""));
    assertThat(articleIds(not)).containsExactly("strike-1");
    JsonNode paged = server.getJson("/api/search?q=harbour&limit=1&offset=1");
    assertThat(paged.get("articles")).hasSize(1);
    assertThat(paged.get("total").asInt()).isEqualTo(4);
  }

  @Test
  void searchFromAnOffsetAtOrPastTheTotalIsAnEmptyPageWithTheTotal() {
    for (int offset : new int[] {4, 5, 100}) {
      JsonNode page =
          server.getJson("/api/search?q=" + q("\"harbour master\"") + "&offset=" + offset);
      assertThat(page.get("articles")).as("offset " + offset).isEmpty();
      assertThat(page.get("total").asInt()).as("offset " + offset).isEqualTo(4);
      assertThat(page.get("offset").asInt()).isEqualTo(offset);
    }
  }

  @Test
  void badParametersAre400NamingTheParameter() {
    assertError(server.get("/api/stories?sort=oldest"), 400, "sort");
    assertError(server.get("/api/stories?limit=5000"), 400, "limit");
    assertError(server.get("/api/stories?offset=-1"), 400, "offset");
    assertError(server.get("/api/stories?from=yesterday"), 400, "from");
    assertError(server.get("/api/stories?from=2024-05-01&to=2024-04-01"), 400, "from");
    assertError(server.get("/api/search"), 400, "q");
    assertError(server.get("/api/search?q=" + q("title:(unclosed")), 400, "q");
  }

  @Test
  void badIngestIs400NamingTheFieldAndStoresNothing() {
    long before = server.getJson("/api/status").get("articles").asLong();
    assertError(
        server.post("/api/articles", "application/json", "{\"id\":\"x1\",\"title\":\"t\"}"),
        400,
        "no text or html");
    assertError(
        server.post(
            "/api/articles",
            "application/json",
            "[{\"id\":\"ok\",\"text\":\"fine\"},{\"id\":\"x2\",\"text\":\"t\",\"title\":{\"a\":1}}]"),
        400,
        "article 2: field 'title' must be a string");
    assertError(
        server.post("/api/articles", "application/json", "{\"id\": \"x3\", \"text\": "),
        400,
        "invalid JSON");
    assertError(server.post("/api/articles", "application/json", "  "), 400, "no articles");
    assertError(server.post("/api/articles", "application/json", "[1]"), 400, "not a JSON object");
    assertError(
        server.post(
            "/api/articles",
            "application/json",
            "{\"id\":\"x4\",\"text\":\"t\",\"published\":\"someday\"}"),
        400,
        "unparseable date 'someday'");
    assertError(
        server.post("/api/articles", "text/plain", "{\"id\":\"x5\",\"text\":\"t\"}"),
        415,
        "Content-Type");
    assertThat(server.getJson("/api/status").get("articles").asLong()).isEqualTo(before);
    assertThat(server.get("/api/articles/ok").statusCode()).isEqualTo(404);
  }

  @Test
  void acceptsJsonLines() {
    String jsonl =
        "{\"id\":\"jl-1\",\"source\":\"Lines\",\"text\":\"Volcano ash closes Keflavik airport.\"}\n"
            + "\n"
            + "{\"id\":\"jl-2\",\"source\":\"Lines\",\"text\":\"Keflavik airport reopens after ash.\"}\n";
    HttpResponse<String> r = server.post("/api/articles", "application/x-ndjson", jsonl);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestServer.parse(r.body()).get("stored").asInt()).isEqualTo(2);
    assertThat(server.getJson("/api/articles/jl-2").get("origin").asText()).isEqualTo("api:2");
  }

  @Test
  void responsesCarrySecurityHeaders() {
    HttpResponse<String> r = server.get("/api/stories");
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe"));
  }

  static void assertError(HttpResponse<String> r, int status, String messagePart) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(TestServer.parse(r.body()).get("error").asText()).contains(messagePart);
  }

  static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("stories").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }

  static List<String> articleIds(JsonNode search) {
    List<String> out = new ArrayList<>();
    search.get("articles").forEach(s -> out.add(s.get("id").asText()));
    return out;
  }
}
