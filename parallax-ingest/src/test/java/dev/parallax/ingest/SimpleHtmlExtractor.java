package dev.parallax.ingest;

import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.PublicationDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A simple {@link HtmlExtractor} for the readers' tests: predictable on small hand-written pages,
 * so the tests check the readers rather than extraction (Parallax itself uses {@code
 * parallax-extract}).
 *
 * <p>Title from {@code og:title}, else {@code <title>}, else the first {@code <h1>}. Date from
 * {@code article:published_time}, else {@code itemprop=datePublished}, else the first {@code <time
 * datetime>} (an unparseable value counts as none). Language from {@code <html lang>}; canonical
 * URL from {@code <link rel=canonical>}; authors from {@code <meta name=author>}. Text: the
 * paragraphs of the {@code <article>} holding the most paragraph text if there is one, else of the
 * element whose child paragraphs hold the most text, after dropping nav, header, footer, aside,
 * script, style and form; paragraphs are separated by blank lines. Stateless and thread-safe.
 */
public final class SimpleHtmlExtractor implements HtmlExtractor {
  private static final String BOILERPLATE =
      "nav, header, footer, aside, script, style, form, noscript, template";

  private SimpleHtmlExtractor() {}

  public static SimpleHtmlExtractor standard() {
    return new SimpleHtmlExtractor();
  }

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    Document doc = baseUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, baseUrl);
    String title =
        firstNonBlank(
            metaContent(doc, "meta[property=og:title]"), doc.title(), text(doc.selectFirst("h1")));
    Instant published = published(doc);
    String language =
        blankToNull(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String canonicalUrl = null;
    if (canonical != null) {
      canonicalUrl =
          blankToNull(baseUrl == null ? canonical.attr("href") : canonical.absUrl("href"));
      if (canonicalUrl == null) {
        canonicalUrl = blankToNull(canonical.attr("href"));
      }
    }
    List<String> authors = new ArrayList<>();
    for (Element meta : doc.select("meta[name=author][content]")) {
      String a = blankToNull(meta.attr("content"));
      if (a != null) {
        authors.add(a);
      }
    }
    doc.select(BOILERPLATE).remove();
    return new ExtractedPage(title, articleText(doc), published, authors, language, canonicalUrl);
  }

  private static Instant published(Document doc) {
    List<String> candidates = new ArrayList<>();
    candidates.add(metaContent(doc, "meta[property=article:published_time]"));
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      candidates.add(
          firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()));
    }
    candidates.add(metaContent(doc, "time[datetime]", "datetime"));
    for (String c : candidates) {
      if (c != null) {
        Instant instant = PublicationDates.parse(c).orElse(null);
        if (instant != null) {
          return instant;
        }
      }
    }
    return null;
  }

  private static String articleText(Document doc) {
    Elements articles = doc.select("article");
    if (!articles.isEmpty()) {
      Element best = null;
      int bestLength = -1;
      for (Element article : articles) {
        int length = paragraphLength(article.select("p"));
        if (length > bestLength) {
          best = article;
          bestLength = length;
        }
      }
      String text = paragraphs(best.select("p"));
      return text.isEmpty() ? best.text().strip() : text;
    }
    // No <article>: credit each paragraph's text to its parent and take the richest parent.
    Map<Element, Integer> lengthByParent = new IdentityHashMap<>();
    Element best = null;
    int bestLength = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int length = lengthByParent.merge(parent, p.text().strip().length(), Integer::sum);
      if (length > bestLength) {
        best = parent;
        bestLength = length;
      }
    }
    return best == null ? "" : paragraphs(best.select("p"));
  }

  private static int paragraphLength(Elements ps) {
    int n = 0;
    for (Element p : ps) {
      n += p.text().strip().length();
    }
    return n;
  }

  private static String paragraphs(Elements ps) {
    StringBuilder out = new StringBuilder();
    for (Element p : ps) {
      String t = p.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(t);
    }
    return out.toString();
  }

  private static String metaContent(Document doc, String query) {
    return metaContent(doc, query, "content");
  }

  private static String metaContent(Document doc, String query, String attribute) {
    Element e = doc.selectFirst(query);
    return e == null ? null : blankToNull(e.attr(attribute));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(e.text());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      String s = blankToNull(v);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
