package dev.parallax.extract;

import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.extract.body.MainTextFinder;
import dev.parallax.extract.body.Paragraph;
import dev.parallax.extract.internal.Markup;
import dev.parallax.extract.meta.LanguageGuess;
import dev.parallax.extract.meta.MetadataReader;
import dev.parallax.extract.meta.PageMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Takes an article's main text and metadata out of an HTML page, from the markup alone.
 *
 * <p>Text: {@link MainTextFinder} (Readability-style container scoring after Trafilatura-style
 * boilerplate pruning), paragraphs separated by blank lines. When the page's markup yields less
 * than half of what its JSON-LD {@code articleBody} holds, that body is used instead. An embedded
 * social-media post (a tweet, an Instagram or TikTok embed) is kept as its own paragraph wrapped in
 * curly quotation marks ({@code “…”}), so a later quote extractor sees it as someone else's words.
 * A page with no article yields empty text rather than menus. Metadata: {@link MetadataReader}; a
 * page that declares no language gets a stop-word guess ({@link LanguageGuess}).
 *
 * <p>Huge pages: scripts, styles and comments are dropped before parsing and the rest is cut at
 * {@code maxMarkupChars} (2 million by default; the largest page of the Zyte benchmark is 1.5 MB
 * with its scripts), which bounds time and memory per page. Stateless and thread-safe.
 */
public final class ArticleExtractor implements HtmlExtractor {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The default bound on the markup parsed per page, in chars. */
  public static final int DEFAULT_MAX_MARKUP_CHARS = 2_000_000;

  private final MainTextFinder finder;
  private final int maxMarkupChars;

  private ArticleExtractor(MainTextFinder finder, int maxMarkupChars) {
    if (maxMarkupChars < 1) {
      throw new IllegalArgumentException("maxMarkupChars must be positive: " + maxMarkupChars);
    }
    this.finder = Objects.requireNonNull(finder, "finder");
    this.maxMarkupChars = maxMarkupChars;
  }

  /** The tuned extractor. */
  public static ArticleExtractor standard() {
    return new ArticleExtractor(MainTextFinder.standard(), DEFAULT_MAX_MARKUP_CHARS);
  }

  /** The tuned extractor, parsing at most {@code maxMarkupChars} of each page's markup. */
  public static ArticleExtractor withMaxMarkupChars(int maxMarkupChars) {
    return new ArticleExtractor(MainTextFinder.standard(), maxMarkupChars);
  }

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    Objects.requireNonNull(html, "html");
    String markup = Markup.withoutScripts(html, maxMarkupChars);
    Document doc = Jsoup.parse(markup, baseUrl == null ? "" : baseUrl);
    PageMetadata meta = MetadataReader.read(doc, baseUrl);
    List<Paragraph> paragraphs = finder.find(doc.body());
    String text = join(paragraphs);
    String fallback = fallbackText(meta.articleBody());
    if (fallback.length() > 2 * text.length() && fallback.length() >= 200) {
      text = fallback;
    }
    String language = meta.language();
    if (language == null && !text.isEmpty()) {
      language = LanguageGuess.guess(text);
    }
    return new ExtractedPage(
        meta.title(), text, meta.published(), meta.authors(), language, meta.canonicalUrl());
  }

  private static String join(List<Paragraph> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(p.text());
    }
    return out.toString();
  }

  /** A JSON-LD body as paragraphs; some sites put markup in it. */
  private static String fallbackText(String body) {
    if (body == null) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    String plain = body.indexOf('<') >= 0 ? Jsoup.parse(body).wholeText() : body;
    for (String line : plain.split("\\R")) {
      String t = WHITESPACE.matcher(line.strip()).replaceAll(" ");
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    return String.join("\n\n", lines);
  }
}
