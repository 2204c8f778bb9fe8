package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request limits of a {@link ServeConfig} (as {@code serve --max-body-mb} sets) reach the
 * server.
 */
class ServeLimitsTest {
  private static final long ONE_MIB = 1L << 20;

  @TempDir Path dir;

  @Test
  void aPostLargerThanTheConfiguredBodyLimitIs413AndStoresNothing() {
    ServeConfig config =
        ServeConfig.defaults(dir)
            .withAddress("127.0.0.1", 0)
            .withLimits(ONE_MIB, ServeConfig.DEFAULT_MAX_ARTICLES_PER_POST);
    // Well under the default limit (16 MiB), so only the configured one can refuse it.
    String text = "Fire guts the harbour warehouse. ".repeat((int) (1.5 * ONE_MIB / 33));
    String body =
        Articles.article("big-1", "Harbour Times", "2024-05-01", "Harbour fire", text, "en")
            .toString();
    assertThat((long) body.length())
        .isGreaterThan(ONE_MIB)
        .isLessThan(ServeConfig.DEFAULT_MAX_BODY_BYTES);
    try (TestServer server = TestServer.start(config)) {
      HttpResponse<String> r = server.post("/api/articles", "application/json", body);
      assertThat(r.statusCode()).isEqualTo(413);
      assertThat(TestServer.parse(r.body()).get("error").asText()).contains(Long.toString(ONE_MIB));
      assertThat(server.getJson("/api/status").get("articles").asLong()).isZero();
    }
  }
}
