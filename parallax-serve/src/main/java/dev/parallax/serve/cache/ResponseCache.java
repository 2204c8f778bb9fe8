package dev.parallax.serve.cache;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Serialized answers by key, least recently used evicted first once their bytes pass {@code
 * maxBytes}; the one writer drops the keys a commit touched ({@link #invalidate}) or all of them
 * ({@link #invalidateAll}).
 *
 * <p>A body computed from the store while a commit lands must not be kept past that commit's
 * invalidation. So a reader takes {@link #generation()} <em>before</em> reading the store and
 * offers the body with it ({@link #put}); a body offered after an invalidation that followed that
 * generation is dropped, and invalidation and insertion exclude each other. {@link #get(Object,
 * Supplier)} does all of that. Thread-safe; every operation holds one short lock.
 *
 * @param <K> the key: a value type with {@code equals} and {@code hashCode}
 */
public final class ResponseCache<K> {
  /** Bytes charged per entry beyond its body: key, map node, tag. */
  static final int ENTRY_OVERHEAD_BYTES = 160;

  private final long maxBytes;
  private final LinkedHashMap<K, CachedBody> entries = new LinkedHashMap<>(256, 0.75f, true);
  private long bytes;
  private long generation;
  private long hits;
  private long misses;

  /** An empty cache holding at most {@code maxBytes} of bodies; 0 keeps nothing. */
  public ResponseCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be >= 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * The body cached for {@code key}, or the one {@code compute} makes (null for none, e.g. not
   * found), kept unless a commit invalidated the cache while it was computed.
   */
  public CachedBody get(K key, Supplier<CachedBody> compute) {
    Objects.requireNonNull(key, "key");
    long seen;
    synchronized (this) {
      CachedBody cached = entries.get(key);
      if (cached != null) {
        hits++;
        return cached;
      }
      misses++;
      seen = generation;
    }
    CachedBody body = compute.get();
    if (body != null) {
      put(key, body, seen);
    }
    return body;
  }

  /** The count of invalidations so far: take it before reading what a body is made from. */
  public synchronized long generation() {
    return generation;
  }

  /**
   * Keeps {@code body} for {@code key} if no invalidation happened since {@code seenGeneration};
   * returns whether it was kept.
   */
  public synchronized boolean put(K key, CachedBody body, long seenGeneration) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(body, "body");
    long size = sizeOf(body);
    if (seenGeneration != generation || size > maxBytes) {
      return false;
    }
    CachedBody old = entries.put(key, body);
    if (old != null) {
      bytes -= sizeOf(old);
    }
    bytes += size;
    Iterator<CachedBody> eldest = entries.values().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= sizeOf(eldest.next());
      eldest.remove();
    }
    return true;
  }

  /** Drops the bodies of {@code keys}: a commit changed what they were made from. */
  public synchronized void invalidate(Collection<? extends K> keys) {
    generation++;
    for (K key : keys) {
      CachedBody old = entries.remove(key);
      if (old != null) {
        bytes -= sizeOf(old);
      }
    }
  }

  /** Drops every body. */
  public synchronized void invalidateAll() {
    generation++;
    entries.clear();
    bytes = 0;
  }

  /** A snapshot of the cache's size and use. */
  public synchronized Stats stats() {
    return new Stats(entries.size(), bytes, maxBytes, hits, misses);
  }

  /** What a cache holds and how often it answered. */
  public record Stats(int entries, long bytes, long maxBytes, long hits, long misses) {
    /** The cache's answers as a JSON-ready map. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("entries", entries);
      m.put("bytes", bytes);
      m.put("max_bytes", maxBytes);
      m.put("hits", hits);
      m.put("misses", misses);
      return m;
    }
  }

  private static long sizeOf(CachedBody body) {
    return body.bytes().length + (long) ENTRY_OVERHEAD_BYTES;
  }
}
