package dev.parallax.serve.web;

import dev.parallax.serve.api.ApiError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may ask what, checked before every request.
 *
 * <ul>
 *   <li>Bound to loopback, the {@code Host} header must name loopback ({@code localhost}, {@code
 *       127.0.0.1}, {@code [::1]}): a page on another site cannot reach the server by DNS
 *       rebinding.
 *   <li>A POST must be {@code application/json} or {@code application/x-ndjson}, which a page on
 *       another site cannot send without a CORS preflight (which this server never grants).
 *   <li>With a token, every request must carry it: {@code Authorization: Bearer TOKEN}, or for GET
 *       the {@code parallax_token} cookie, which {@code ?token=TOKEN} on any page sets (HttpOnly,
 *       SameSite=Strict) before redirecting to the same page without it. POST takes the header
 *       only.
 * </ul>
 *
 * Tokens are compared in constant time. Thread-safe.
 */
public final class AccessGuard {
  /** The cookie that carries the token for web pages. */
  public static final String COOKIE = "parallax_token";

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final Set<String> POST_TYPES =
      Set.of("application/json", "application/x-ndjson", "application/jsonl");

  private final byte[] token;
  private final boolean loopbackOnly;

  /** A guard; {@code token} null for none. */
  public AccessGuard(String token, boolean loopbackOnly) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.loopbackOnly = loopbackOnly;
  }

  /** Throws {@link ApiError} unless the request may go on; may answer a redirect instead. */
  public void check(Context ctx) {
    if (loopbackOnly && !LOOPBACK_HOSTS.contains(hostName(ctx.header("Host")))) {
      throw new ApiError(403, "Host must be localhost, 127.0.0.1 or [::1]");
    }
    boolean post = ctx.method() == HandlerType.POST;
    if (post) {
      String type = ctx.contentType();
      String bare = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!POST_TYPES.contains(bare)) {
        throw new ApiError(
            415,
            "Content-Type must be application/json or application/x-ndjson, not '" + type + "'");
      }
    }
    if (token == null) {
      return;
    }
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (matches(auth.substring(7).strip())) {
        return;
      }
      throw new ApiError(401, "the token is wrong");
    }
    if (!post && matches(ctx.cookie(COOKIE))) {
      return;
    }
    if (!post && matches(ctx.queryParam("token"))) {
      ctx.header(
          "Set-Cookie",
          COOKIE
              + "="
              + new String(token, StandardCharsets.UTF_8)
              + "; Path=/; HttpOnly; SameSite=Strict");
      ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.header("WWW-Authenticate", "Bearer");
    throw new ApiError(
        401, "a token is required: send Authorization: Bearer TOKEN (or open a page with ?token=)");
  }

  private boolean matches(String given) {
    return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  /** The host part of a Host header, lower-cased, without the port. */
  static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }
}
