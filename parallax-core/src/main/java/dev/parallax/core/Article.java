package dev.parallax.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One news article as Parallax holds it: immutable, text already out of any markup.
 *
 * <p>{@code id} and {@code text} are never null; {@code url}, {@code published}, {@code title} and
 * {@code language} may be null when the input did not carry them. {@code source} names the outlet;
 * readers derive it from the URL host or the folder when the input does not say. {@code fields}
 * keeps input fields Parallax has no slot for (JSON values as their JSON text), in key order.
 */
public record Article(
    String id,
    String source,
    String url,
    Instant published,
    String title,
    String text,
    String language,
    Map<String, String> fields,
    Origin origin) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    fields =
        fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
  }

  /**
   * A stable id for an article whose input gave none: a hash of its URL when it has one (the same
   * page read twice is the same article), else of its source, title and text.
   */
  public static String deriveId(String source, String url, String title, String text) {
    String key =
        url != null && !url.isBlank()
            ? "url\n" + url.strip()
            : "content\n"
                + nullToEmpty(source)
                + "\n"
                + nullToEmpty(title)
                + "\n"
                + nullToEmpty(text);
    return "a-" + sha256Hex(key).substring(0, 20);
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code s}. */
  public static String sha256Hex(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  public Article withText(String newTitle, String newText) {
    return new Article(id, source, url, published, newTitle, newText, language, fields, origin);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
