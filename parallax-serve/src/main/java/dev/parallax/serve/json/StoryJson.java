package dev.parallax.serve.json;

import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Story;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryDetail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of stories and articles, as {@code parallax story --json} prints it and the API
 * serves it: ordered maps of JSON-ready values (strings, numbers, booleans, nulls, maps, lists).
 * All times are UTC ISO-8601 instants; similarities are rounded to three decimals.
 */
public final class StoryJson {
  private StoryJson() {}

  /** A story's summary followed by its articles in time order ({@code articles}). */
  public static Map<String, Object> story(StoryDetail detail) {
    Map<String, Object> out = header(detail.story());
    List<Object> articles = new ArrayList<>();
    for (StoredArticle a : detail.articles()) {
      articles.add(article(a));
    }
    out.put("articles", articles);
    return out;
  }

  /** A story's summary: id, headline, counts, first and last seen. */
  public static Map<String, Object> header(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("headline", s.headline());
    m.put("article_count", s.articleCount());
    m.put("source_count", s.sourceCount());
    m.put("independent_sources", s.independentSources());
    m.put("first_seen", instant(s.firstSeen()));
    m.put("last_seen", instant(s.lastSeen()));
    return m;
  }

  /** One article with its provenance (copy kind, copy of, similarities, origin) and its text. */
  public static Map<String, Object> article(StoredArticle stored) {
    Article a = stored.article();
    Assignment s = stored.assignment();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", a.source());
    m.put("url", a.url());
    m.put("published", instant(a.published()));
    m.put("ingested", instant(stored.ingestedAt()));
    m.put("title", a.title());
    m.put("language", a.language());
    m.put("copy", s.copyKind().name().toLowerCase(Locale.ROOT));
    m.put("copy_of", s.copyOf());
    m.put("copy_similarity", s.copyKind() == CopyKind.ORIGINAL ? null : round(s.copySimilarity()));
    m.put("founded_story", s.foundedStory());
    m.put("story_similarity", round(s.storySimilarity()));
    m.put("origin", a.origin().toString());
    m.put("repairs", stored.repairs());
    m.put("fields", a.fields());
    m.put("text", a.text());
    return m;
  }

  private static String instant(Instant t) {
    return t == null ? null : t.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
