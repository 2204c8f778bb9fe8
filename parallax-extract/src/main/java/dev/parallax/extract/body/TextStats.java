package dev.parallax.extract.body;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text and link-text lengths of every element under a root, counted in one walk (calling {@code
 * Element.text()} per element would be quadratic on deep pages). Lengths count characters with each
 * whitespace run as one. Mutable scratch, confined to one extraction.
 */
final class TextStats {
  private final Map<Element, int[]> byElement = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats stats = new TextStats();
    stats.count(root, false);
    return stats;
  }

  /** Characters of text under {@code e}. */
  int text(Element e) {
    int[] v = byElement.get(e);
    return v == null ? 0 : v[0];
  }

  /** Characters of text under {@code e} that sit inside links. */
  int linkText(Element e) {
    int[] v = byElement.get(e);
    return v == null ? 0 : v[1];
  }

  /** Characters of text under {@code e} inside paragraph-like elements. */
  int paragraphText(Element e) {
    int[] v = byElement.get(e);
    return v == null ? 0 : v[2];
  }

  double linkDensity(Element e) {
    int t = text(e);
    return t == 0 ? 0 : (double) linkText(e) / t;
  }

  // Iterative post-order walk: pages nest deeply enough to overflow a recursive one.
  private void count(Element root, boolean rootInLink) {
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    stack.push(new Object[] {root, new int[3], 0, rootInLink});
    while (!stack.isEmpty()) {
      Object[] frame = stack.peek();
      Element e = (Element) frame[0];
      int[] acc = (int[]) frame[1];
      int childIndex = (int) frame[2];
      boolean inLink = (boolean) frame[3];
      if (childIndex < e.childNodeSize()) {
        frame[2] = childIndex + 1;
        Node child = e.childNode(childIndex);
        if (child instanceof TextNode t) {
          int len = collapsedLength(t.getWholeText());
          acc[0] += len;
          if (inLink) {
            acc[1] += len;
          }
        } else if (child instanceof Element c) {
          stack.push(new Object[] {c, new int[3], 0, inLink || c.nameIs("a")});
        }
        continue;
      }
      stack.pop();
      if (isParagraph(e)) {
        acc[2] = acc[0];
      }
      byElement.put(e, acc);
      if (!stack.isEmpty()) {
        int[] parent = (int[]) stack.peek()[1];
        parent[0] += acc[0];
        parent[1] += acc[1];
        parent[2] += acc[2];
      }
    }
  }

  static boolean isParagraph(Element e) {
    return e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote");
  }

  static int collapsedLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }
}
