package dev.parallax.serve.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {
  static CachedBody body(String text) {
    return CachedBody.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void computesOnceThenAnswersFromTheCache() {
    ResponseCache<String> cache = new ResponseCache<>(1 << 20);
    AtomicInteger computed = new AtomicInteger();
    CachedBody first = cache.get("a", () -> body("a" + computed.incrementAndGet()));
    CachedBody second = cache.get("a", () -> body("a" + computed.incrementAndGet()));
    assertThat(second).isSameAs(first);
    assertThat(computed).hasValue(1);
    assertThat(cache.stats().hits()).isEqualTo(1);
    assertThat(cache.stats().misses()).isEqualTo(1);
  }

  @Test
  void invalidationDropsOnlyTheTouchedKeys() {
    ResponseCache<String> cache = new ResponseCache<>(1 << 20);
    CachedBody a = cache.get("a", () -> body("a1"));
    CachedBody b = cache.get("b", () -> body("b1"));
    cache.invalidate(List.of("a"));
    assertThat(cache.get("a", () -> body("a2")).bytes()).isEqualTo("a2".getBytes());
    assertThat(cache.get("b", () -> body("b2"))).isSameAs(b);
    assertThat(a.etag()).isNotEqualTo(cache.get("a", () -> null).etag());
    cache.invalidateAll();
    assertThat(cache.get("b", () -> body("b3")).bytes()).isEqualTo("b3".getBytes());
  }

  @Test
  void aBodyReadBeforeAnInvalidationIsNotKeptAfterIt() {
    ResponseCache<String> cache = new ResponseCache<>(1 << 20);
    // A reader reads the old story; the writer commits and invalidates before the reader offers it.
    CachedBody stale =
        cache.get(
            "a",
            () -> {
              cache.invalidate(List.of("a"));
              return body("old");
            });
    assertThat(stale.bytes()).isEqualTo("old".getBytes()); // this one request may see it
    assertThat(cache.get("a", () -> body("new")).bytes()).isEqualTo("new".getBytes());
    long seen = cache.generation();
    cache.invalidate(List.of("other"));
    assertThat(cache.put("a", body("older"), seen)).isFalse();
  }

  @Test
  void evictsTheLeastRecentlyUsedPastItsBytes() {
    long entry = 100 + ResponseCache.ENTRY_OVERHEAD_BYTES;
    ResponseCache<String> cache = new ResponseCache<>(3 * entry);
    String hundred = "x".repeat(100);
    for (String k : List.of("a", "b", "c")) {
      cache.get(k, () -> body(hundred));
    }
    cache.get("a", () -> body("not again")); // a is now the most recently used
    cache.get("d", () -> body(hundred));
    assertThat(cache.stats().entries()).isEqualTo(3);
    assertThat(cache.stats().bytes()).isEqualTo(3 * entry);
    AtomicInteger computed = new AtomicInteger();
    cache.get("a", () -> body("a" + computed.incrementAndGet()));
    cache.get("b", () -> body("b" + computed.incrementAndGet()));
    assertThat(computed).as("only b, the least recently used, was evicted").hasValue(1);
  }

  @Test
  void aZeroBudgetKeepsNothingAndNotFoundIsNeverKept() {
    ResponseCache<String> none = new ResponseCache<>(0);
    none.get("a", () -> body("a"));
    assertThat(none.stats().entries()).isZero();
    ResponseCache<String> cache = new ResponseCache<>(1 << 20);
    assertThat(cache.get("missing", () -> null)).isNull();
    assertThat(cache.stats().entries()).isZero();
  }

  @Test
  void etagsMatchIfNoneMatchLists() {
    CachedBody b = body("{\"a\":1}");
    assertThat(b.etag()).startsWith("\"").endsWith("\"");
    assertThat(b.matches(b.etag())).isTrue();
    assertThat(b.matches("\"other\", W/" + b.etag())).isTrue();
    assertThat(b.matches("*")).isTrue();
    assertThat(b.matches("\"other\"")).isFalse();
    assertThat(b.matches(null)).isFalse();
    assertThat(body("{\"a\":2}").etag()).isNotEqualTo(b.etag());
  }
}
