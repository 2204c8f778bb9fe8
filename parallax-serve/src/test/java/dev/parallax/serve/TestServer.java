package dev.parallax.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** A server on a free loopback port over a fresh store, with a small HTTP client for tests. */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final ParallaxServer server;
  final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String token;

  private TestServer(ParallaxServer server, String token) {
    this.server = server;
    this.token = token;
  }

  static TestServer start(Path dir) {
    return start(ServeConfig.defaults(dir).withAddress("127.0.0.1", 0));
  }

  static TestServer start(ServeConfig config) {
    return new TestServer(ParallaxServer.start(config), config.token());
  }

  URI uri(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(authorized(HttpRequest.newBuilder(uri(pathAndQuery))).GET().build());
  }

  JsonNode getJson(String pathAndQuery) {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " -> " + r.statusCode() + " " + r.body());
    }
    return parse(r.body());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        authorized(HttpRequest.newBuilder(uri(path)))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  /** POSTs JSON articles and returns the answer, failing unless it is 200. */
  JsonNode ingest(String json) {
    HttpResponse<String> r = post("/api/articles", "application/json", json);
    if (r.statusCode() != 200) {
      throw new AssertionError("POST -> " + r.statusCode() + " " + r.body());
    }
    return parse(r.body());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder authorized(HttpRequest.Builder b) {
    b.timeout(Duration.ofSeconds(60));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  @Override
  public void close() {
    server.close();
  }
}
