package dev.parallax.serve.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * A serialized answer body and its strong entity tag (a hash of the bytes, quoted), ready to send
 * again. The bytes are never written after construction; callers must not write them either.
 */
public final class CachedBody {
  private final byte[] bytes;
  private final String etag;

  private CachedBody(byte[] bytes, String etag) {
    this.bytes = bytes;
    this.etag = etag;
  }

  /** {@code bytes} (taken, not copied) with its entity tag. */
  public static CachedBody of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new CachedBody(bytes, etagOf(bytes));
  }

  /** The body; shared, so read it only. */
  public byte[] bytes() {
    return bytes;
  }

  /** The strong entity tag, with its quotes: {@code "…"}. */
  public String etag() {
    return etag;
  }

  /** Whether an {@code If-None-Match} header value names this body (or is {@code *}). */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2); // weak comparison, as RFC 9110 asks for If-None-Match
      }
      if (t.equals("*") || t.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static String etagOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      byte[] head = java.util.Arrays.copyOf(digest, 15);
      return '"' + new String(Base64.getUrlEncoder().encode(head), StandardCharsets.US_ASCII) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
