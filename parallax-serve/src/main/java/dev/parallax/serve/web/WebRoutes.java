package dev.parallax.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web pages: static HTML shells, one script and one style sheet, read from the class path once.
 * The pages hold no data; the script fetches it from the API and puts it in the page as text only.
 * Also serves {@code /openapi.json}.
 */
public final class WebRoutes {
  /** Every response's security headers: no inline script, no framing, no sniffing. */
  public static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
              + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "X-Frame-Options",
          "DENY",
          "Referrer-Policy",
          "no-referrer",
          "Cross-Origin-Opener-Policy",
          "same-origin",
          "Cross-Origin-Resource-Policy",
          "same-origin");

  private static final String HTML = "text/html; charset=utf-8";

  // One page shell for every view; app.js renders the view its data-page names.
  private final String shell = new String(resource("web/page.html"), StandardCharsets.UTF_8);
  private final byte[] index = page("stories", "index");
  private final byte[] story = page("story", "story");
  private final byte[] article = page("article", "article");
  private final byte[] script = resource("web/app.js");
  private final byte[] style = resource("web/app.css");
  private final byte[] openapi = resource("openapi.json");

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> send(ctx, HTML, index));
    routes.get("/stories/{id}", ctx -> send(ctx, HTML, story));
    routes.get("/articles/{id}", ctx -> send(ctx, HTML, article));
    routes.get("/assets/app.js", ctx -> send(ctx, "text/javascript; charset=utf-8", script));
    routes.get("/assets/app.css", ctx -> send(ctx, "text/css; charset=utf-8", style));
    routes.get("/openapi.json", ctx -> send(ctx, "application/json; charset=utf-8", openapi));
  }

  private static void send(Context ctx, String type, byte[] body) {
    ctx.contentType(type);
    ctx.result(body);
  }

  private byte[] page(String title, String view) {
    return shell
        .replace("{{title}}", title)
        .replace("{{page}}", view)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebRoutes.class.getResourceAsStream("/dev/parallax/serve/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/parallax/serve/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
