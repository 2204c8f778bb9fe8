package dev.parallax.extract.meta;

import dev.parallax.core.PublicationDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from its markup, each field from the first source that has it:
 *
 * <ul>
 *   <li>title: {@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, the first {@code
 *       <h1>}, {@code <title>}; a trailing {@code " | Site"} (or {@code -}, {@code –}, {@code —},
 *       {@code ·}, {@code ::}) naming the site is cut;
 *   <li>published: JSON-LD {@code datePublished}, {@code article:published_time}, {@code
 *       itemprop=datePublished}, {@code <time datetime>}, then {@code <meta>} names such as {@code
 *       date}, {@code pubdate}, {@code dc.date}; UTC when the value has no zone;
 *   <li>authors: JSON-LD {@code author} names, {@code <meta name=author>}, {@code rel=author}
 *       links, then elements whose class or {@code itemprop} says author or byline;
 *   <li>language: {@code <html lang>}, {@code og:locale}, {@code content-language}, JSON-LD {@code
 *       inLanguage} (normalised to a BCP 47 tag such as {@code en-US});
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url}, made absolute against the base
 *       URL when one is known.
 * </ul>
 *
 * Stateless and thread-safe; does not change the document.
 */
public final class MetadataReader {
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+(?:\\||-|–|—|·|::|•|»)\\s+");
  private static final Pattern BY =
      Pattern.compile("(?iu)^(?:by|von|par|por|di|door|av|przez)\\s+");
  private static final String[] DATE_METAS = {
    "meta[property=article:published_time]",
    "meta[property=og:published_time]",
    "meta[name=article:published_time]",
  };
  private static final String[] LATE_DATE_METAS = {
    "meta[name=date]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=publish-date]",
    "meta[name=publish_date]",
    "meta[name=dc.date]",
    "meta[name=dc.date.issued]",
    "meta[name=dcterms.created]",
    "meta[name=dcterms.date]",
    "meta[name=sailthru.date]",
    "meta[name=parsely-pub-date]",
    "meta[itemprop=datePublished]",
    "meta[name=citation_publication_date]",
  };

  private MetadataReader() {}

  /** Reads {@code doc}'s metadata; {@code baseUrl} may be null. */
  public static PageMetadata read(Document doc, String baseUrl) {
    JsonLd ld = JsonLd.read(doc);
    String siteName = meta(doc, "meta[property=og:site_name]");
    String title =
        first(
            withoutSiteSuffix(meta(doc, "meta[property=og:title]"), siteName, false),
            withoutSiteSuffix(meta(doc, "meta[name=twitter:title]"), siteName, false),
            ld.string("headline"),
            text(doc.selectFirst("h1")),
            withoutSiteSuffix(blank(doc.title()), siteName, true));
    return new PageMetadata(
        title,
        published(doc, ld),
        authors(doc, ld),
        language(doc, ld),
        canonical(doc, baseUrl),
        ld.string("articleBody"));
  }

  static String withoutSiteSuffix(String title, String siteName, boolean always) {
    if (title == null) {
      return null;
    }
    Matcher m = SITE_SUFFIX.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String head = title.substring(0, lastStart).strip();
    String last = title.substring(lastEnd).strip();
    boolean namesSite =
        (siteName != null && last.equalsIgnoreCase(siteName.strip()))
            || (always && last.length() < 40 && last.length() < head.length());
    return namesSite && !head.isEmpty() ? head : title;
  }

  private static Instant published(Document doc, JsonLd ld) {
    List<String> candidates = new ArrayList<>();
    candidates.add(ld.string("datePublished"));
    for (String q : DATE_METAS) {
      candidates.add(meta(doc, q));
    }
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      candidates.add(first(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text()));
    }
    Element time = doc.selectFirst("article time[datetime], time[datetime]");
    if (time != null) {
      candidates.add(blank(time.attr("datetime")));
    }
    for (String q : LATE_DATE_METAS) {
      candidates.add(meta(doc, q));
    }
    candidates.add(ld.string("dateCreated"));
    for (String c : candidates) {
      Instant instant = publishedIn(c);
      if (instant != null) {
        return instant;
      }
    }
    return null;
  }

  /**
   * The date a meta value names, read leniently: pages often follow a date with more text ({@code
   * 2019-11-19 10:00 (updated 11:30)}), so a date that leads the value is enough.
   */
  private static Instant publishedIn(String value) {
    return PublicationDates.parse(value)
        .or(() -> PublicationDates.parseLeading(value).map(PublicationDates.Leading::instant))
        .orElse(null);
  }

  private static List<String> authors(Document doc, JsonLd ld) {
    Set<String> out = new LinkedHashSet<>();
    for (String a : ld.authors()) {
      addAuthor(out, a);
    }
    if (out.isEmpty()) {
      for (Element m : doc.select("meta[name=author][content], meta[property=article:author]")) {
        addAuthor(out, m.attr("content"));
      }
    }
    if (out.isEmpty()) {
      for (Element a : doc.select("a[rel=author], [itemprop=author] [itemprop=name]")) {
        addAuthor(out, a.text());
      }
    }
    if (out.isEmpty()) {
      for (Element e :
          doc.select(
              "[itemprop=author], [class~=(?i)^(byline|author|author-name|byline__name)$]")) {
        addAuthor(out, e.text());
        if (out.size() >= 5) {
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static void addAuthor(Set<String> out, String raw) {
    String a = blank(raw);
    if (a == null || a.startsWith("http") || a.length() > 80) {
      return;
    }
    a = BY.matcher(a).replaceFirst("").strip();
    if (!a.isEmpty() && out.size() < 10) {
      out.add(a);
    }
  }

  private static String language(Document doc, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String lang =
        first(
            html == null ? null : html.attr("lang"),
            html == null ? null : html.attr("xml:lang"),
            meta(doc, "meta[property=og:locale]"),
            meta(doc, "meta[http-equiv~=(?i)content-language]"),
            meta(doc, "meta[name~=(?i)^(language|content-language|dc.language)$]"),
            ld.string("inLanguage"));
    return lang == null ? null : normaliseLanguage(lang);
  }

  static String normaliseLanguage(String tag) {
    String t = tag.strip().replace('_', '-');
    int comma = t.indexOf(',');
    if (comma > 0) {
      t = t.substring(0, comma).strip();
    }
    if (!t.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
      return null;
    }
    return Locale.forLanguageTag(t).toLanguageTag();
  }

  private static String canonical(Document doc, String baseUrl) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      String abs = baseUrl == null ? null : blank(link.absUrl("href"));
      String v = first(abs, link.attr("href"));
      if (v != null) {
        return v;
      }
    }
    return meta(doc, "meta[property=og:url]");
  }

  private static String meta(Document doc, String query) {
    Element e = doc.selectFirst(query);
    return e == null ? null : blank(e.attr("content"));
  }

  private static String text(Element e) {
    return e == null ? null : blank(e.text());
  }

  private static String first(String... values) {
    for (String v : values) {
      String s = blank(v);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String blank(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT).equals("null") ? null : t;
  }
}
