package dev.parallax.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to serve a store: its directory, the address to bind, the access token and request limits.
 *
 * <p>Binding beyond the loopback interface requires a token; on loopback it is optional. When a
 * token is set every request must carry it (see {@link dev.parallax.serve.web.AccessGuard}).
 *
 * @param dataDir the store directory
 * @param host the address to bind, {@code 127.0.0.1} by default
 * @param port the TCP port, 0 for any free port
 * @param token the access token, null for none; at least {@link #MIN_TOKEN_CHARS} characters of
 *     {@code A-Z a-z 0-9 . _ ~ -}
 * @param maxBodyBytes the largest POST body accepted
 * @param maxArticlesPerPost the most articles one POST may hold
 * @param readConnections the SQLite connections pooled for reads
 * @param responseCacheBytes the most bytes of serialized story pages and story lists kept between
 *     commits (an eighth of it, at most {@link #MAX_LIST_CACHE_BYTES}, for lists); 0 caches nothing
 */
public record ServeConfig(
    Path dataDir,
    String host,
    int port,
    String token,
    long maxBodyBytes,
    int maxArticlesPerPost,
    int readConnections,
    long responseCacheBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_ARTICLES_PER_POST = 5_000;
  public static final int DEFAULT_READ_CONNECTIONS = 8;
  public static final int MIN_TOKEN_CHARS = 12;

  /**
   * The response cache by default: 256 MiB, or an eighth of the heap when that is less. A story
   * page of 12 articles is about 15 KB, so 256 MiB holds every story of a 100k-article store.
   */
  public static final long DEFAULT_RESPONSE_CACHE_BYTES =
      Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

  /** The most bytes of story lists cached, whatever {@code responseCacheBytes} is. */
  public static final long MAX_LIST_CACHE_BYTES = 32L << 20;

  public ServeConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535: " + port);
    }
    if (token != null && (token.length() < MIN_TOKEN_CHARS || !token.matches("[A-Za-z0-9._~-]+"))) {
      throw new IllegalArgumentException(
          "token must be at least "
              + MIN_TOKEN_CHARS
              + " characters of A-Z a-z 0-9 . _ ~ - (it travels in headers and cookies)");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "a token is required when binding beyond localhost (host " + host + "): pass --token");
    }
    if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("maxBodyBytes must be in 1..2^31-1: " + maxBodyBytes);
    }
    if (maxArticlesPerPost < 1) {
      throw new IllegalArgumentException("maxArticlesPerPost must be >= 1: " + maxArticlesPerPost);
    }
    if (readConnections < 1 || readConnections > 64) {
      throw new IllegalArgumentException("readConnections must be in 1..64: " + readConnections);
    }
    if (responseCacheBytes < 0) {
      throw new IllegalArgumentException("responseCacheBytes must be >= 0: " + responseCacheBytes);
    }
  }

  /** Defaults for {@code dataDir}: 127.0.0.1:8080, no token. */
  public static ServeConfig defaults(Path dataDir) {
    return new ServeConfig(
        dataDir,
        DEFAULT_HOST,
        DEFAULT_PORT,
        null,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_ARTICLES_PER_POST,
        DEFAULT_READ_CONNECTIONS,
        DEFAULT_RESPONSE_CACHE_BYTES);
  }

  public ServeConfig withAddress(String newHost, int newPort) {
    return new ServeConfig(
        dataDir,
        newHost,
        newPort,
        token,
        maxBodyBytes,
        maxArticlesPerPost,
        readConnections,
        responseCacheBytes);
  }

  public ServeConfig withToken(String newToken) {
    return new ServeConfig(
        dataDir,
        host,
        port,
        newToken,
        maxBodyBytes,
        maxArticlesPerPost,
        readConnections,
        responseCacheBytes);
  }

  public ServeConfig withLimits(long newMaxBodyBytes, int newMaxArticlesPerPost) {
    return new ServeConfig(
        dataDir,
        host,
        port,
        token,
        newMaxBodyBytes,
        newMaxArticlesPerPost,
        readConnections,
        responseCacheBytes);
  }

  public ServeConfig withResponseCache(long newResponseCacheBytes) {
    return new ServeConfig(
        dataDir,
        host,
        port,
        token,
        maxBodyBytes,
        maxArticlesPerPost,
        readConnections,
        newResponseCacheBytes);
  }

  /** The part of {@link #responseCacheBytes} for story lists. */
  public long listCacheBytes() {
    return Math.min(MAX_LIST_CACHE_BYTES, responseCacheBytes / 8);
  }

  /** The part of {@link #responseCacheBytes} for story pages. */
  public long storyCacheBytes() {
    return responseCacheBytes - listCacheBytes();
  }

  /** Whether the server is reachable only from this machine. */
  public boolean loopbackOnly() {
    return isLoopback(host);
  }

  /** Whether {@code host} names (or resolves only to) a loopback address. */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
