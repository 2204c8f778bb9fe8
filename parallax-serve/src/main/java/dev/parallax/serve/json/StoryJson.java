package dev.parallax.serve.json;

import dev.parallax.analyze.AnalysisCodec;
import dev.parallax.analyze.ArticleAnalysis;
import dev.parallax.analyze.claim.ClaimGroup;
import dev.parallax.analyze.claim.ClaimValue;
import dev.parallax.analyze.claim.NumericClaim;
import dev.parallax.analyze.entity.StoryEntity;
import dev.parallax.analyze.quote.QuoteGroup;
import dev.parallax.analyze.quote.QuoteVariant;
import dev.parallax.analyze.story.StoryAnalysis;
import dev.parallax.analyze.story.StoryAnalyzer;
import dev.parallax.analyze.story.StoryArticle;
import dev.parallax.analyze.story.SummarySentence;
import dev.parallax.analyze.story.TimelineEntry;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Story;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryDetail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * Analyses a story from its stored article analyses ({@code encoded}, by article id). A stored
   * analysis that no longer decodes (written by an older version) is computed again.
   */
  public static StoryAnalysis analyse(
      StoryDetail detail, Map<String, String> encoded, StoryAnalyzer analyzer) {
    Map<String, ArticleAnalysis> decoded = new HashMap<>();
    encoded.forEach(
        (id, json) -> {
          try {
            decoded.put(id, AnalysisCodec.decode(json));
          } catch (IllegalArgumentException stale) {
            // left out: the story analyzer analyses the article again
          }
        });
    return analyzer.analyze(storyArticles(detail), decoded);
  }

  /** The story's articles as story analysis takes them (copies marked with their origin). */
  public static List<StoryArticle> storyArticles(StoryDetail detail) {
    List<StoryArticle> out = new ArrayList<>(detail.articles().size());
    for (StoredArticle s : detail.articles()) {
      Article a = s.article();
      String copyOf =
          s.assignment().copyKind() == CopyKind.EXACT || s.assignment().copyKind() == CopyKind.NEAR
              ? s.assignment().copyOf()
              : null;
      out.add(new StoryArticle(a.id(), a.source(), s.seen(), a.title(), a.text(), copyOf));
    }
    return out;
  }

  /**
   * A story: its header, what its sources say together ({@code summary}, {@code claims} with
   * conflicts first, {@code quotes}, {@code entities}, {@code timeline}), then its articles in time
   * order ({@code articles}).
   */
  public static Map<String, Object> story(StoryDetail detail, StoryAnalysis analysis) {
    Map<String, Object> out = header(detail.story());
    out.put("summary", analysis.summary().stream().map(StoryJson::summarySentence).toList());
    out.put("claims", analysis.claims().stream().map(StoryJson::claimGroup).toList());
    out.put("quotes", analysis.quotes().stream().map(StoryJson::quoteGroup).toList());
    out.put("entities", analysis.entities().stream().map(StoryJson::entity).toList());
    out.put("timeline", analysis.timeline().stream().map(StoryJson::timelineEntry).toList());
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

  private static Map<String, Object> summarySentence(SummarySentence s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", s.text());
    m.put("article_id", s.articleId());
    m.put("source", s.source());
    return m;
  }

  private static Map<String, Object> claimGroup(ClaimGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("counted", g.counted());
    m.put("kind", lower(g.kind().name()));
    m.put("verdict", lower(g.verdict().name()));
    List<Object> values = new ArrayList<>();
    for (ClaimValue v : g.values()) {
      NumericClaim c = v.claim();
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("source", v.source());
      value.put("article_id", v.articleId());
      value.put("value", c.text());
      value.put("low", c.low());
      value.put("high", c.high());
      value.put("hedge", lower(c.hedge().name()));
      value.put("unit", c.unit());
      value.put("sentence", v.sentence());
      values.add(value);
    }
    m.put("values", values);
    return m;
  }

  private static Map<String, Object> quoteGroup(QuoteGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("speaker", g.speaker().known() ? g.speaker().name() : null);
    m.put("speaker_is_role", g.speaker().role());
    m.put("earliest", quoteVariant(g.earliest()));
    m.put("variants", g.variants().stream().map(StoryJson::quoteVariant).toList());
    return m;
  }

  private static Map<String, Object> quoteVariant(QuoteVariant v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", v.quote().text());
    m.put("source", v.source());
    m.put("article_id", v.articleId());
    m.put("published", instant(v.published()));
    m.put("kind", lower(v.quote().kind().name()));
    m.put("verb", v.quote().verb().isEmpty() ? null : v.quote().verb());
    return m;
  }

  private static Map<String, Object> entity(StoryEntity e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", e.canonical());
    m.put("type", lower(e.type().name()));
    m.put("mentions", e.mentions());
    m.put("sources", e.sources());
    m.put("forms", e.forms());
    return m;
  }

  private static Map<String, Object> timelineEntry(TimelineEntry t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time", instant(t.time()));
    m.put("source", t.source());
    m.put("article_id", t.articleId());
    m.put("title", t.title());
    m.put("kind", lower(t.kind().name()));
    m.put("copy_of", t.copyOf());
    return m;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String instant(Instant t) {
    return t == null ? null : t.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
