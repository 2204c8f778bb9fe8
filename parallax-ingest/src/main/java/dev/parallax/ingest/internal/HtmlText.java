package dev.parallax.ingest.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from an HTML fragment (a feed entry's content), with block elements as paragraphs
 * separated by blank lines and {@code <br>} as a line break. Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "blockquote",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "pre",
          "table",
          "tr",
          "figure",
          "figcaption",
          "header",
          "footer",
          "dd",
          "dt");
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");

  private HtmlText() {}

  public static String paragraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    body.select(String.join(",", SKIPPED)).remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(t.text());
            } else if (node instanceof Element e) {
              if (e.nameIs("br")) {
                out.append('\n');
              } else if (BLOCKS.contains(e.normalName())) {
                out.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append("\n\n");
            }
          }
        },
        body);
    return normalize(out.toString());
  }

  /** Collapses runs of spaces in each line and runs of blank lines to one, and trims. */
  public static String normalize(String text) {
    StringBuilder result = new StringBuilder(text.length());
    int newlines = 0;
    for (String line : text.split("\n", -1)) {
      String collapsed = line.replaceAll("[ \\t\\u00a0]+", " ").strip();
      if (collapsed.isEmpty()) {
        newlines++;
        continue;
      }
      if (result.length() > 0) {
        result.append(newlines > 1 ? "\n\n" : "\n");
      }
      result.append(collapsed);
      newlines = 1;
    }
    return result.toString();
  }
}
