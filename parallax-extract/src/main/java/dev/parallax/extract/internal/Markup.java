package dev.parallax.extract.internal;

/**
 * Cheap work on raw markup before it is parsed: drops {@code <script>} and {@code <style>} blocks
 * (except JSON-LD, which metadata needs) and HTML comments, which together are most of a big page's
 * bytes and none of its text. One linear scan, no regular expressions. Stateless and thread-safe.
 */
public final class Markup {
  private Markup() {}

  /**
   * {@code html} without scripts (JSON-LD kept), styles and comments, cut to at most {@code
   * maxChars} characters (a cut falls where the page is cut; the parser closes what is open).
   */
  public static String withoutScripts(String html, int maxChars) {
    int n = html.length();
    StringBuilder out = new StringBuilder(Math.min(n, maxChars) + 16);
    int i = 0;
    while (i < n && out.length() < maxChars) {
      int lt = html.indexOf('<', i);
      if (lt < 0) {
        out.append(html, i, n);
        break;
      }
      out.append(html, i, lt);
      if (html.startsWith("<!--", lt)) {
        int end = html.indexOf("-->", lt + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      String tag = rawTextTag(html, lt);
      if (tag == null) {
        out.append('<');
        i = lt + 1;
        continue;
      }
      int openEnd = html.indexOf('>', lt);
      if (openEnd < 0) {
        break;
      }
      int close = indexOfIgnoreCase(html, "</" + tag, openEnd + 1);
      int closeEnd = close < 0 ? n : html.indexOf('>', close);
      int next = closeEnd < 0 ? n : closeEnd + 1;
      if (tag.equals("script") && containsIgnoreCase(html, lt, openEnd, "ld+json")) {
        out.append(html, lt, next);
      }
      i = next;
    }
    if (out.length() > maxChars) {
      out.setLength(maxChars);
    }
    return out.toString();
  }

  private static String rawTextTag(String html, int lt) {
    for (String tag : new String[] {"script", "style"}) {
      int end = lt + 1 + tag.length();
      if (html.regionMatches(true, lt + 1, tag, 0, tag.length())
          && end < html.length()
          && (html.charAt(end) == '>' || Character.isWhitespace(html.charAt(end)))) {
        return tag;
      }
    }
    return null;
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    int last = s.length() - needle.length();
    char first = needle.charAt(0);
    for (int i = from; i <= last; i++) {
      if (s.charAt(i) == first && s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean containsIgnoreCase(String s, int from, int to, String needle) {
    for (int i = from; i + needle.length() <= to; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }
}
