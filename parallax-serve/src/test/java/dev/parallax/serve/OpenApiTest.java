package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @TempDir Path dir;

  @Test
  void documentsEveryRouteAndEveryDocumentedPathAnswers() {
    try (TestServer server = TestServer.start(dir)) {
      server.ingest(Articles.sample());
      JsonNode doc = server.getJson("/openapi.json");
      assertThat(doc.get("openapi").asText()).startsWith("3.");

      Set<String> documented = new TreeSet<>();
      for (Map.Entry<String, JsonNode> p : doc.get("paths").properties()) {
        p.getValue()
            .fieldNames()
            .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
      }
      Set<String> registered = new TreeSet<>();
      for (ParallaxServer.Route r : server.server.routes()) {
        registered.add(r.method() + " " + r.path());
      }
      assertThat(registered).isNotEmpty();
      assertThat(documented).isEqualTo(registered);

      for (String route : documented) {
        String[] parts = route.split(" ", 2);
        String path =
            parts[1]
                .replace("/stories/{id}", "/stories/" + anyStory(server))
                .replace("/articles/{id}", "/articles/fire-1");
        if (path.equals("/api/search")) {
          path += "?q=fire";
        }
        int status =
            parts[0].equals("GET")
                ? server.get(path).statusCode()
                : server.post(path, "application/json", Articles.sample()).statusCode();
        assertThat(status).as(route).isEqualTo(200);
      }
    }
  }

  private static String anyStory(TestServer server) {
    return server.getJson("/api/stories?limit=1").get("stories").get(0).get("id").asText();
  }
}
