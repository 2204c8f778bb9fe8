package dev.parallax.extract.body;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a parsed page, Readability-style (Mozilla Readability.js, after Arc90),
 * with Trafilatura-style pruning and paragraph filtering (Barbaresi, ACL 2021):
 *
 * <ol>
 *   <li>prune furniture: tags that never hold article text, ARIA roles, hidden elements, and
 *       class/id vocabularies of comments, consent banners, sharing, recommendations and ads
 *       ({@link Boilerplate}), sparing any element that holds most of the page's paragraph text;
 *   <li>score containers: each paragraph gives {@code 1 + commas + min(chars/100, 3)} to its
 *       parent, half to its grandparent and {@code 1/(3·level)} further up; a container's score is
 *       scaled by {@code 1 − link density} and nudged by its class words;
 *   <li>take the best container, move up when several near-best candidates share an ancestor, and
 *       add siblings that score near it or read as prose; in a list of sibling {@code <article>}s
 *       the one holding the page's only {@code <h1>} wins over the teasers around it; chunks with
 *       the best container's tag and class are added, judged by their paragraph text when they sit
 *       too deep to be scored;
 *   <li>write out its blocks as paragraphs (a data table's row as one line), dropping link lists,
 *       headings that open the page, short furniture lines and repeated lines; embedded social
 *       posts become quotes.
 * </ol>
 *
 * <p>The method and its constants were tuned on the Zyte article-extraction benchmark; no rule
 * names a site. Each call mutates the document it is given. Stateless and thread-safe.
 */
public final class MainTextFinder {
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "br",
          "hr",
          "figure",
          "header",
          "footer",
          "address",
          "center",
          "form",
          "fieldset",
          "details",
          "summary",
          "caption");
  private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "dd");

  private final int minParagraphChars;
  private final int minArticleChars;
  private final int retryBelowChars;

  private MainTextFinder(int minParagraphChars, int minArticleChars, int retryBelowChars) {
    this.minParagraphChars = minParagraphChars;
    this.minArticleChars = minArticleChars;
    this.retryBelowChars = retryBelowChars;
  }

  /** The tuned finder. */
  public static MainTextFinder standard() {
    return new MainTextFinder(25, 200, 500);
  }

  /**
   * The main text of {@code root}'s page, in reading order; empty when the page holds no article.
   * Mutates the tree under {@code root}.
   */
  public List<Paragraph> find(Element root) {
    root.select(Boilerplate.REMOVED_TAGS).remove();
    List<Paragraph> chosen = List.of();
    int chosenChars = 0;
    for (Pruning pruning : Pruning.values()) {
      Element tree = pruning == Pruning.COMMENTS ? root : root.clone();
      List<Paragraph> found = findIn(tree, pruning);
      int chars = chars(found);
      // A gentler pass must find much more to win: it also lets more furniture through.
      if (chars > 2 * chosenChars) {
        chosen = found;
        chosenChars = chars;
      }
      if (chosenChars >= retryBelowChars) {
        break;
      }
    }
    return chosen;
  }

  /** How hard a pass prunes; a pass that finds too little text is retried with the next. */
  private enum Pruning {
    CLASS_WORDS,
    STRONG_CLASS_WORDS,
    COMMENTS
  }

  private List<Paragraph> findIn(Element root, Pruning pruning) {
    // Found before pruning: the headline often sits in a <header> that pruning removes.
    Element headlinePost = headlinePost(root);
    prune(root, pruning);
    TextStats stats = TextStats.of(root);
    Map<Element, Double> scores = score(root, stats);
    Element top = best(scores, stats);
    if (top == null) {
      return List.of();
    }
    top = preferHeadlinePost(top, headlinePost, scores);
    List<Element> parts = withCousins(top, root, scores, stats);
    if (parts.size() == 1) {
      parts = withSiblings(top, scores, stats);
    }
    List<Block> blocks = new ArrayList<>();
    for (Element part : parts) {
      new Writer(blocks).write(part);
    }
    List<Paragraph> kept = filter(blocks);
    return looksLikeArticle(kept) ? kept : List.of();
  }

  private static int chars(List<Paragraph> paragraphs) {
    int n = 0;
    for (Paragraph p : paragraphs) {
      n += p.text().length();
    }
    return n;
  }

  // ---- 1. pruning ----

  private static void prune(Element root, Pruning pruning) {
    TextStats stats = TextStats.of(root);
    int pageText = stats.text(root) - stats.linkText(root);
    int pageParagraphText = stats.paragraphText(root);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.nameIs("body") || e.nameIs("html")) {
        continue;
      }
      if (isFurniture(e, pruning)
          && !holdsMostText(e, stats, pageText, pageParagraphText)
          && !holdsPost(e, stats)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isFurniture(Element e, Pruning pruning) {
    if (e.nameIs("footer") || e.nameIs("form") || e.nameIs("header")) {
      return true;
    }
    if (e.hasAttr("hidden")
        || (e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find())) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && Boilerplate.ROLES.matcher(role).matches()) {
      return true;
    }
    if (e.nameIs("a") || e.nameIs("p") || e.nameIs("span") || e.nameIs("b") || e.nameIs("i")) {
      return false;
    }
    String names = Boilerplate.names(e);
    if (names.isEmpty()) {
      return false;
    }
    if (pruning == Pruning.COMMENTS) {
      return Boilerplate.comments(names);
    }
    if (Boilerplate.strong(names)) {
      return true;
    }
    return pruning == Pruning.CLASS_WORDS && Boilerplate.weak(names) && !Boilerplate.content(names);
  }

  /** An element holding most of the page's prose is the article, whatever its class says. */
  private static boolean holdsMostText(
      Element e, TextStats stats, int pageText, int pageParagraphText) {
    if (Boilerplate.comments(Boilerplate.names(e))) {
      return false;
    }
    int text = stats.text(e) - stats.linkText(e);
    return (pageText >= 400 && text >= 0.5 * pageText)
        || (pageParagraphText >= 400 && stats.paragraphText(e) >= 0.5 * pageParagraphText);
  }

  /** A small wrapper around an embedded post (often classed "social" or "embed") is kept. */
  private static boolean holdsPost(Element e, TextStats stats) {
    return stats.text(e) < 2000 && e.selectFirst(Boilerplate.EMBEDDED_POST) != null;
  }

  // ---- 2. scoring ----

  private Map<Element, Double> score(Element root, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      boolean scored = SCORED_TAGS.contains(e.normalName());
      String text;
      if (scored) {
        if (stats.text(e) < minParagraphChars) {
          continue;
        }
        text = e.text();
      } else if (e.nameIs("div") || e.nameIs("section") || e.nameIs("article")) {
        if (stats.text(e) < minParagraphChars) {
          continue;
        }
        // Readability turns a div of inline content into a paragraph, and wraps inline runs
        // inside a mixed div in paragraphs of their own.
        boolean inlineOnly = true;
        for (Element child : e.children()) {
          if (BLOCK_TAGS.contains(child.normalName())) {
            inlineOnly = false;
            break;
          }
        }
        text = inlineOnly ? e.text() : inlineText(e);
        if (text.length() < minParagraphChars) {
          continue;
        }
        scored = inlineOnly;
      } else {
        continue;
      }
      double contentScore = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = scored ? e.parent() : e;
      for (int level = 0; ancestor != null && level < 5; level++) {
        if (ancestor == root.parent()) {
          break;
        }
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, contentScore / divider, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    scores.replaceAll((e, s) -> s * (1 - stats.linkDensity(e)));
    return scores;
  }

  private static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String names = Boilerplate.names(e);
    if (Boilerplate.content(names)) {
      s += 25;
    }
    if (Boilerplate.strong(names) || Boilerplate.weak(names)) {
      s -= 25;
    }
    if (e.nameIs("article") || e.attr("itemprop").equals("articleBody")) {
      s += 10;
    }
    return s;
  }

  private static Element best(Map<Element, Double> scores, TextStats stats) {
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > topScore) {
        top = entry.getKey();
        topScore = entry.getValue();
      }
    }
    if (top == null) {
      return null;
    }
    // Several near-best candidates under one ancestor: the article is split into blocks.
    List<Element> near = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getKey() != top && entry.getValue() >= 0.75 * topScore) {
        near.add(entry.getKey());
      }
    }
    if (near.size() >= 3) {
      for (Element ancestor = top.parent(); ancestor != null; ancestor = ancestor.parent()) {
        if (ancestor.nameIs("body")) {
          break;
        }
        int under = 0;
        for (Element n : near) {
          if (isAncestor(ancestor, n)) {
            under++;
          }
        }
        if (under >= 3) {
          top = ancestor;
          break;
        }
      }
    }
    // Readability: climb while the parent scores higher, as long as it scores at least a third.
    double lastScore = scores.getOrDefault(top, 0.0);
    double floor = lastScore / 3;
    for (Element parent = top.parent();
        lastScore > 0 && parent != null && !parent.nameIs("body");
        parent = parent.parent()) {
      Double parentScore = scores.get(parent);
      if (parentScore == null) {
        continue;
      }
      if (parentScore < floor) {
        break;
      }
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
    // An only child says nothing its parent does not.
    while (top.parent() != null
        && !top.parent().nameIs("body")
        && top.parent().childrenSize() == 1
        && stats.text(top.parent()) == stats.text(top)) {
      top = top.parent();
    }
    return top;
  }

  /**
   * The {@code <article>} that holds the page's only {@code <h1>}, when it stands in a list of
   * sibling {@code <article>}s: a blog post followed by teasers of other posts, each as long as a
   * short post. Null otherwise.
   */
  private static Element headlinePost(Element root) {
    Element headline = null;
    for (Element h1 : root.getElementsByTag("h1")) {
      if (headline != null) {
        return null; // several headlines: a listing, no one post is the page's
      }
      headline = h1;
    }
    if (headline == null) {
      return null;
    }
    Element post = headline.closest("article");
    if (post == null || post.parent() == null) {
      return null;
    }
    for (Element sibling : post.parent().children()) {
      if (sibling != post && sibling.nameIs("article")) {
        return post;
      }
    }
    return null;
  }

  /**
   * When the best container is a list of posts that holds the headline's post, or one of the other
   * posts in that list, the headline's post is the article; the others are teasers. The post must
   * have scored text of its own.
   */
  private static Element preferHeadlinePost(
      Element top, Element headlinePost, Map<Element, Double> scores) {
    if (headlinePost == null
        || headlinePost.parent() == null
        || top == headlinePost
        || isAncestor(headlinePost, top)) {
      return top;
    }
    Element list = headlinePost.parent();
    boolean topIsList = top == list || isAncestor(top, list);
    Element topPost = top.nameIs("article") ? top : top.closest("article");
    boolean topIsOtherPost = topPost != null && topPost.parent() == list;
    if (!topIsList && !topIsOtherPost) {
      return top;
    }
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() == headlinePost || isAncestor(headlinePost, e.getKey())) {
        best = Math.max(best, e.getValue());
      }
    }
    return best > 0 ? headlinePost : top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  // ---- 3. siblings ----

  /**
   * An article split into chunks around ads: elements elsewhere with the top candidate's tag and
   * class that score well too; all of them, in document order.
   */
  private static List<Element> withCousins(
      Element top, Element root, Map<Element, Double> scores, TextStats stats) {
    String cls = top.className();
    if (cls.isBlank()) {
      return List.of(top);
    }
    double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element e : root.getElementsByTag(top.normalName())) {
      if (e == top
          || (cls.equals(e.className())
              && isStrongCousin(e, top, scores, stats, threshold)
              && !isAncestor(e, top)
              && !isAncestor(top, e))) {
        parts.add(e);
      }
    }
    return parts;
  }

  /**
   * A cousin scores well, or, when its paragraphs sit deeper than scores climb (so it has no score
   * of its own), holds prose in paragraphs as the top candidate does.
   */
  private static boolean isStrongCousin(
      Element e, Element top, Map<Element, Double> scores, TextStats stats, double threshold) {
    Double score = scores.get(e);
    if (score != null) {
      return score >= threshold;
    }
    int paragraphText = stats.paragraphText(e);
    return paragraphText >= 300
        && paragraphText >= 0.2 * stats.paragraphText(top)
        && stats.linkDensity(e) < 0.25;
  }

  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      if (top.nameIs("article") && sibling.nameIs("article")) {
        continue; // another post in a list of posts
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        parts.add(sibling);
      } else if (sibling.nameIs("p") || sibling.is(Boilerplate.EMBEDDED_POST)) {
        int len = stats.text(sibling);
        double ld = stats.linkDensity(sibling);
        String text = len < 300 ? sibling.text() : "";
        if ((len > 80 && ld < 0.25)
            || (len > 0 && len <= 80 && ld == 0 && text.matches("(?s).*[.!?…]\\s*$"))
            || sibling.is(Boilerplate.EMBEDDED_POST)) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  // ---- 4. writing ----

  /** A block of text as written out, with what the filter needs to judge it. */
  private record Block(
      String text, int linkChars, int headingLevel, boolean listItem, boolean quote) {
    double linkDensity() {
      return (double) linkChars / text.length();
    }

    /** Length in Latin-text terms: a CJK character carries about as much as three letters. */
    int weightedLength() {
      int n = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        n += c >= '\u2e80' && c <= '\u9fff' || c >= '\uac00' && c <= '\ud7af' ? 3 : 1;
      }
      return n;
    }
  }

  /** Writes the blocks of text under elements, in document order. */
  private static final class Writer {
    private final List<Block> out;
    private final StringBuilder line = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int headingLevel;
    private boolean listItem;

    Writer(List<Block> out) {
      this.out = out;
    }

    void write(Element root) {
      // Iterative (jsoup's traversor keeps no Java stack), so hostile nesting cannot overflow.
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              return enter(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              leave(node);
              return FilterResult.CONTINUE;
            }
          },
          root);
      flush();
    }

    private NodeFilter.FilterResult enter(Node node) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return NodeFilter.FilterResult.SKIP_CHILDREN;
      }
      if (!(node instanceof Element e)) {
        return NodeFilter.FilterResult.SKIP_CHILDREN;
      }
      if (isEmbeddedPost(e)) {
        flush();
        String text = e.text().strip();
        if (!text.isEmpty()) {
          out.add(new Block("\u201c" + text + "\u201d", 0, 0, false, true));
        }
        return NodeFilter.FilterResult.SKIP_CHILDREN;
      }
      String name = e.normalName();
      if (name.equals("br")) {
        // A line break keeps lines in one block; two in a row end it.
        if (line.length() > 0 && line.charAt(line.length() - 1) == '\n') {
          flush();
        } else if (line.length() > 0) {
          if (line.charAt(line.length() - 1) == ' ') {
            line.setLength(line.length() - 1);
          }
          line.append('\n');
        }
        return NodeFilter.FilterResult.SKIP_CHILDREN;
      }
      // A data table's row reads as one line, its cells apart; a layout cell that holds blocks
      // of its own is a block.
      if (isBlock(e)) {
        flush();
      }
      if (name.length() == 2
          && name.charAt(0) == 'h'
          && name.charAt(1) >= '1'
          && name.charAt(1) <= '6') {
        headingLevel = name.charAt(1) - '0';
      }
      if (e.nameIs("li") || e.nameIs("dd") || e.nameIs("dt") || e.nameIs("tr")) {
        listItem = true;
      }
      if (e.nameIs("a")) {
        linkDepth++;
      }
      if ((e.nameIs("td") || e.nameIs("th"))
          && line.length() > 0
          && line.charAt(line.length() - 1) != ' ') {
        line.append(' ');
      }
      return NodeFilter.FilterResult.CONTINUE;
    }

    /** Undoes what {@link #enter} did for an element whose children it walked. */
    private void leave(Node node) {
      if (!(node instanceof Element e) || e.nameIs("br") || isEmbeddedPost(e)) {
        return;
      }
      if (e.nameIs("a")) {
        linkDepth--;
      }
      if (isBlock(e)) {
        flush();
      }
    }

    private static boolean isEmbeddedPost(Element e) {
      return e.nameIs("blockquote") && e.is(Boilerplate.EMBEDDED_POST);
    }

    private static boolean isBlock(Element e) {
      return BLOCK_TAGS.contains(e.normalName()) && !isDataCell(e);
    }

    private static boolean isDataCell(Element e) {
      if (!e.nameIs("td") && !e.nameIs("th")) {
        return false;
      }
      for (Element child : e.children()) {
        if (BLOCK_TAGS.contains(child.normalName())) {
          return false;
        }
      }
      return true;
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
          if (line.length() > 0
              && line.charAt(line.length() - 1) != ' '
              && line.charAt(line.length() - 1) != '\n') {
            line.append(' ');
          }
        } else {
          line.append(c);
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
    }

    private void flush() {
      String text = line.toString().strip();
      if (!text.isEmpty()) {
        out.add(new Block(text, linkChars, headingLevel, listItem, false));
      }
      line.setLength(0);
      linkChars = 0;
      headingLevel = 0;
      listItem = false;
    }
  }

  // ---- 5. filtering ----

  private enum Kind {
    GOOD,
    SHORT,
    BAD
  }

  /**
   * Keeps prose, drops furniture, and judges short blocks by their neighbours as jusText does
   * (Pomikálek, 2011): a short block between prose is kept (a sub-heading, a one-line paragraph),
   * one between furniture or at the edge of the text is dropped (a dateline, a "Tags:" line, a list
   * of teaser headlines).
   */
  private static List<Paragraph> filter(List<Block> blocks) {
    int n = blocks.size();
    Kind[] kinds = new Kind[n];
    for (int i = 0; i < n; i++) {
      kinds[i] = classify(blocks.get(i));
    }
    promoteLists(blocks, kinds);
    List<Paragraph> kept = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      boolean keep =
          switch (kinds[i]) {
            case GOOD -> true;
            case BAD -> false;
            case SHORT -> keepShort(blocks, kinds, i);
          };
      if (!keep || b.text().equals(previous)) {
        continue;
      }
      previous = b.text();
      kept.add(new Paragraph(b.text(), b.quote()));
    }
    return kept;
  }

  /** A run of plain (unlinked) list items or table rows with real text in it is content. */
  private static void promoteLists(List<Block> blocks, Kind[] kinds) {
    int i = 0;
    while (i < kinds.length) {
      int j = i;
      int chars = 0;
      while (j < kinds.length
          && kinds[j] == Kind.SHORT
          && blocks.get(j).listItem()
          && blocks.get(j).linkDensity() < 0.2) {
        chars += blocks.get(j).weightedLength();
        j++;
      }
      if (j - i >= 3 && chars >= 150) {
        for (int k = i; k < j; k++) {
          kinds[k] = Kind.GOOD;
        }
      }
      i = Math.max(j, i + 1);
    }
  }

  private static Kind classify(Block b) {
    String t = b.text();
    if (b.quote()) {
      return Kind.GOOD;
    }
    if (b.headingLevel() == 1 || b.linkDensity() > 0.5) {
      return Kind.BAD;
    }
    int length = b.weightedLength();
    if (t.length() < 80 && Boilerplate.SHORT_LINE.matcher(t).matches()) {
      return Kind.BAD;
    }
    if (t.length() < 200 && (t.indexOf('\u00a9') >= 0 || t.startsWith("Copyright"))) {
      return Kind.BAD;
    }
    if (b.headingLevel() == 0 && length >= 80 && b.linkDensity() < 0.3) {
      return Kind.GOOD;
    }
    return Kind.SHORT;
  }

  private static boolean keepShort(List<Block> blocks, Kind[] kinds, int i) {
    Kind before = neighbour(kinds, i, -1);
    Kind after = neighbour(kinds, i, +1);
    if (before == Kind.GOOD && after == Kind.GOOD) {
      return true;
    }
    if (before == Kind.BAD && after == Kind.BAD) {
      return false;
    }
    // Between prose and furniture: keep a sentence, a list item or a heading that leads into
    // prose; drop a label.
    Block b = blocks.get(i);
    String t = b.text();
    if (b.headingLevel() > 0) {
      return after == Kind.GOOD;
    }
    if (b.listItem() && b.linkDensity() < 0.2 && (before == Kind.GOOD || after == Kind.GOOD)) {
      return true;
    }
    return b.weightedLength() >= 30 && ".!?…:\"”»)。！？".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** The kind of the nearest non-short block in direction {@code step}; BAD past the edge. */
  private static Kind neighbour(Kind[] kinds, int i, int step) {
    for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
      if (kinds[j] != Kind.SHORT) {
        return kinds[j];
      }
    }
    return Kind.BAD;
  }

  private boolean looksLikeArticle(List<Paragraph> paragraphs) {
    int prose = 0;
    for (Paragraph p : paragraphs) {
      if (p.text().length() >= 60 || p.quote()) {
        prose += p.text().length();
      }
    }
    return prose >= minArticleChars;
  }

  private static String inlineText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element c && !BLOCK_TAGS.contains(c.normalName())) {
        sb.append(' ').append(c.text());
      }
    }
    return sb.toString().strip();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
        n++;
      }
    }
    return n;
  }
}
