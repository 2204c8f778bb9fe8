package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
  static final String TOKEN = "s3cret-token-0123";

  @TempDir Path dir;

  @Test
  void bindingBeyondLocalhostRequiresAToken() {
    ServeConfig local = ServeConfig.defaults(dir);
    assertThatThrownBy(() -> local.withAddress("0.0.0.0", 8080))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token is required");
    assertThatThrownBy(() -> local.withAddress("192.0.2.10", 8080))
        .hasMessageContaining("token is required");
    assertThat(local.withToken(TOKEN).withAddress("0.0.0.0", 8080).loopbackOnly()).isFalse();
    assertThat(local.withAddress("localhost", 0).loopbackOnly()).isTrue();
    assertThat(local.withAddress("::1", 0).loopbackOnly()).isTrue();
    assertThatThrownBy(() -> local.withToken("short")).hasMessageContaining("at least 12");
    assertThatThrownBy(() -> local.withToken("with space in it")).hasMessageContaining("A-Z");
  }

  @Test
  void aConfiguredTokenIsRequiredOnEveryRoute() {
    ServeConfig config = ServeConfig.defaults(dir).withAddress("127.0.0.1", 0).withToken(TOKEN);
    try (TestServer server = TestServer.start(config)) {
      assertThat(server.ingest(Articles.sample()).get("stored").asInt()).isEqualTo(7);
      assertThat(server.get("/api/stories").statusCode()).isEqualTo(200);

      for (String path :
          new String[] {"/api/stories", "/api/articles/fire-1", "/", "/openapi.json"}) {
        HttpResponse<String> anonymous =
            server.send(HttpRequest.newBuilder(server.uri(path)).build());
        assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
      }
      HttpResponse<String> wrong =
          server.send(
              HttpRequest.newBuilder(server.uri("/api/stories"))
                  .header("Authorization", "Bearer wrong-token-0000")
                  .build());
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> anonymousPost =
          server.send(
              HttpRequest.newBuilder(server.uri("/api/articles"))
                  .header("Content-Type", "application/json")
                  .header("Cookie", "parallax_token=" + TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"p\",\"text\":\"t\"}"))
                  .build());
      assertThat(anonymousPost.statusCode()).as("a cookie is not enough to POST").isEqualTo(401);

      HttpResponse<String> login =
          server.send(HttpRequest.newBuilder(server.uri("/stories/x?token=" + TOKEN)).build());
      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().firstValue("Location")).hasValue("/stories/x");
      assertThat(login.headers().firstValue("Set-Cookie"))
          .hasValueSatisfying(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Strict"));
      HttpResponse<String> withCookie =
          server.send(
              HttpRequest.newBuilder(server.uri("/api/stories"))
                  .header("Cookie", "parallax_token=" + TOKEN)
                  .build());
      assertThat(withCookie.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void onLoopbackTheHostHeaderMustNameLoopback() throws IOException {
    try (TestServer server = TestServer.start(dir)) {
      assertThat(rawStatus(server.server.port(), "evil.example")).isEqualTo(403);
      assertThat(rawStatus(server.server.port(), "localhost:" + server.server.port()))
          .isEqualTo(200);
      assertThat(rawStatus(server.server.port(), "127.0.0.1")).isEqualTo(200);
    }
  }

  /** The status of a GET /api/status with the given Host header, over a raw socket. */
  static int rawStatus(int port, String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET /api/status HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(head.substring(9, 12));
    }
  }
}
