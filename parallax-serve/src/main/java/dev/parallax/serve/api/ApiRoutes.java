package dev.parallax.serve.api;

import dev.parallax.analyze.story.StoryAnalysis;
import dev.parallax.analyze.story.StoryAnalyzer;
import dev.parallax.core.Assignment;
import dev.parallax.core.Problem;
import dev.parallax.serve.cache.CachedBody;
import dev.parallax.serve.cache.ResponseCache;
import dev.parallax.serve.catalog.StoreView;
import dev.parallax.serve.catalog.StoryCatalog;
import dev.parallax.serve.catalog.StoryPage;
import dev.parallax.serve.catalog.StoryQuery;
import dev.parallax.serve.catalog.StorySort;
import dev.parallax.serve.ingest.ArticleBodyReader;
import dev.parallax.serve.ingest.IngestOutcome;
import dev.parallax.serve.ingest.IngestWriter;
import dev.parallax.serve.json.ApiJson;
import dev.parallax.serve.json.StoryJson;
import dev.parallax.store.SearchPage;
import dev.parallax.store.StoreReader;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryListing;
import dev.parallax.store.TextIndex;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * The JSON API under {@code /api}: story lists, stories, articles, search and ingest. Every answer
 * is JSON; every error is {@code {"error": message}} with its status. Documented in {@code
 * /openapi.json}.
 *
 * <p>Story pages and story lists are served from {@link ResponseCache}s of their serialized bytes,
 * with an {@code ETag} (and {@code 304} for a matching {@code If-None-Match}); the writer
 * invalidates them after each commit (see {@link #invalidate}).
 */
public final class ApiRoutes {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Articles examined when a search or an entity filter collects stories. */
  static final int STORY_HITS = 2000;

  /** Stories listed with a search. */
  static final int SEARCH_STORIES = 20;

  /** The most search hits per page. */
  static final int MAX_SEARCH_LIMIT = 100;

  private static final long INGEST_TIMEOUT_MINUTES = 10;

  private final StoreView view;
  private final IngestWriter writer;
  private final ArticleBodyReader bodies;
  private final ResponseCache<String> storyPages;
  private final ResponseCache<StoryQuery> storyLists;
  private final StoryAnalyzer analyzer = StoryAnalyzer.standard();

  /**
   * Routes over {@code view}; story pages are cached in at most {@code storyPageBytes} and story
   * lists in at most {@code storyListBytes}.
   */
  public ApiRoutes(
      StoreView view,
      IngestWriter writer,
      ArticleBodyReader bodies,
      long storyPageBytes,
      long storyListBytes) {
    this.view = Objects.requireNonNull(view, "view");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.bodies = Objects.requireNonNull(bodies, "bodies");
    this.storyPages = new ResponseCache<>(storyPageBytes);
    this.storyLists = new ResponseCache<>(storyListBytes);
  }

  /**
   * Drops the cached answers a commit changed: the pages of {@code touchedStories} and every story
   * list (a new article can move any story in any order). Call after {@link StoreView#committed}.
   */
  public void invalidate(Collection<String> touchedStories) {
    storyPages.invalidate(touchedStories);
    storyLists.invalidateAll();
  }

  /** Registers the routes. */
  public void register(RoutesConfig routes) {
    routes.get("/api/stories", this::stories);
    routes.get("/api/stories/{id}", this::story);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/search", this::search);
    routes.post("/api/articles", this::ingest);
    routes.get("/api/status", this::status);
  }

  /** Writes {@code value} as the JSON answer. */
  public static void json(Context ctx, int status, Object value) {
    ctx.status(status);
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(ApiJson.bytes(value));
  }

  /** Sends a cached JSON body, or {@code 304} when the client holds it already. */
  private static void cached(Context ctx, CachedBody body) {
    ctx.header("ETag", body.etag());
    if (body.matches(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200);
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body.bytes());
  }

  private void stories(Context ctx) {
    StoryQuery query;
    try {
      String sort = Params.text(ctx, "sort");
      query =
          new StoryQuery(
              sort == null ? StorySort.LATEST : StorySort.parse(sort),
              Params.instant(ctx, "from", false),
              Params.instant(ctx, "to", true),
              Params.text(ctx, "source"),
              Params.text(ctx, "language"),
              Params.text(ctx, "entity"),
              Params.integer(ctx, "limit", StoryQuery.DEFAULT_LIMIT, 0, StoryQuery.MAX_LIMIT),
              Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    cached(ctx, storyLists.get(query, () -> CachedBody.of(ApiJson.bytes(storyList(query)))));
  }

  private Map<String, Object> storyList(StoryQuery query) {
    // The catalog first: an entity search then sees an index at least as new as the catalog.
    StoryCatalog catalog = view.catalog();
    Set<String> onlyStories =
        query.entity() == null
            ? null
            : view.reader().storiesMatching(StoreReader.phraseQuery(query.entity()), STORY_HITS);
    StoryPage page = catalog.page(query, onlyStories);
    List<Object> stories = new ArrayList<>(page.stories().size());
    for (StoryListing l : page.stories()) {
      stories.add(listingJson(l));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", page.total());
    out.put("limit", query.limit());
    out.put("offset", query.offset());
    out.put("sort", query.sort().name().toLowerCase(Locale.ROOT));
    out.put("stories", stories);
    return out;
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    CachedBody body = storyPages.get(id, () -> storyBody(id, true));
    if (body == null) {
      // The id of a story merged into another: answered with that story, never cached under the
      // old id (a commit touching the survivor would not drop it).
      body = storyBody(id, false);
    }
    if (body == null) {
      throw ApiError.notFound("no story " + id);
    }
    cached(ctx, body);
  }

  /**
   * The story's JSON, or null when there is none (or, with {@code ownIdOnly}, it has another id).
   */
  private CachedBody storyBody(String id, boolean ownIdOnly) {
    return view.reader()
        .story(id)
        .filter(detail -> !ownIdOnly || detail.story().id().equals(id))
        .map(
            detail -> {
              StoryAnalysis analysis =
                  StoryJson.analyse(detail, view.reader().analyses(detail.story().id()), analyzer);
              return CachedBody.of(ApiJson.bytes(StoryJson.story(detail, analysis)));
            })
        .orElse(null);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle stored =
        view.reader().article(id).orElseThrow(() -> ApiError.notFound("no article " + id));
    Map<String, Object> out = new LinkedHashMap<>(StoryJson.article(stored));
    out.put("story_id", stored.assignment().storyId());
    view.catalog()
        .get(stored.assignment().storyId())
        .ifPresent(l -> out.put("story_headline", l.story().headline()));
    String copyOf = stored.assignment().copyOf();
    if (copyOf != null) {
      view.reader()
          .article(copyOf)
          .ifPresent(
              o -> {
                Map<String, Object> origin = new LinkedHashMap<>();
                origin.put("id", o.article().id());
                origin.put("source", o.article().source());
                origin.put("title", o.article().title());
                origin.put(
                    "published",
                    o.article().published() == null ? null : o.article().published().toString());
                out.put("copy_of_article", origin);
              });
    }
    json(ctx, 200, out);
  }

  private void search(Context ctx) {
    String q = Params.text(ctx, "q");
    if (q == null) {
      throw ApiError.badRequest(
          "q is required: a Lucene query, e.g. \"harbour fire\" AND source:Wire");
    }
    int limit = Params.integer(ctx, "limit", 20, 0, MAX_SEARCH_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, StoreReader.MAX_HITS - limit);
    SearchPage page;
    try {
      page = view.reader().search(q, limit, offset, STORY_HITS);
    } catch (IllegalArgumentException e) {
      Throwable cause = e.getCause();
      throw ApiError.badRequest(
          "q: " + e.getMessage() + (cause == null ? "" : " (" + firstLine(cause) + ")"));
    }
    Map<String, StoredArticle> byId =
        view.reader().articles(page.hits().stream().map(TextIndex.Hit::articleId).toList());
    List<Object> articles = new ArrayList<>();
    for (TextIndex.Hit hit : page.hits()) {
      StoredArticle a = byId.get(hit.articleId());
      if (a != null) {
        articles.add(hitJson(hit, a));
      }
    }
    List<String> storyIds =
        page.storyIds().subList(0, Math.min(SEARCH_STORIES, page.storyIds().size()));
    List<Object> stories = new ArrayList<>();
    for (String id : storyIds) {
      view.catalog().get(id).ifPresent(l -> stories.add(listingJson(l)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", q);
    out.put("total", page.total());
    out.put("limit", limit);
    out.put("offset", offset);
    out.put("articles", articles);
    out.put("stories", stories);
    json(ctx, 200, out);
  }

  private void ingest(Context ctx) {
    ArticleBodyReader.Result result;
    try {
      result = bodies.read(ctx.bodyAsBytes());
    } catch (ArticleBodyReader.TooManyArticlesException e) {
      throw new ApiError(413, e.getMessage());
    }
    if (!result.valid()) {
      List<Object> problems = new ArrayList<>();
      for (Problem p : result.problems()) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p.where().line() > 0) {
          m.put("article", p.where().line());
        }
        m.put("reason", p.reason());
        problems.add(m);
      }
      Problem first = result.problems().get(0);
      String where = first.where().line() > 0 ? "article " + first.where().line() + ": " : "";
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("error", where + first.reason() + "; nothing was ingested");
      out.put("problem_count", result.problemCount());
      out.put("problems", problems);
      json(ctx, 400, out);
      return;
    }
    IngestOutcome outcome;
    try {
      outcome = writer.submit(result.articles()).get(INGEST_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "interrupted while ingesting");
    } catch (TimeoutException e) {
      throw new ApiError(
          503, "ingest still running after " + INGEST_TIMEOUT_MINUTES + " minutes; it goes on");
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof java.util.concurrent.CompletionException c
              ? c.getCause()
              : e.getCause();
      throw new ApiError(500, "ingest failed: " + firstLine(cause));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("received", outcome.received());
    out.put("stored", outcome.stored());
    out.put("already_stored", outcome.alreadyStored());
    out.put("copies", outcome.copies());
    out.put("rewrites", outcome.rewrites());
    out.put("new_stories", outcome.newStories());
    List<Object> placed = new ArrayList<>();
    for (Assignment a : outcome.assignments()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("article_id", a.articleId());
      m.put("story_id", a.storyId());
      m.put("founded_story", a.foundedStory());
      m.put("copy", a.copyKind().name().toLowerCase(Locale.ROOT));
      m.put("copy_of", a.copyOf());
      placed.add(m);
    }
    out.put("articles", placed);
    json(ctx, 200, out);
  }

  private void status(Context ctx) {
    StoryCatalog catalog = view.catalog();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stories", catalog.size());
    out.put("ingest_ready", writer.ready());
    out.put("ingest_queued", writer.queued());
    out.put("articles", catalog.articleCount());
    Map<String, Object> caches = new LinkedHashMap<>();
    caches.put("story_pages", storyPages.stats().toMap());
    caches.put("story_lists", storyLists.stats().toMap());
    out.put("caches", caches);
    json(ctx, 200, out);
  }

  private static Map<String, Object> listingJson(StoryListing l) {
    Map<String, Object> m = StoryJson.header(l.story());
    m.put("sources", List.copyOf(l.sources()));
    m.put("languages", List.copyOf(l.languages()));
    return m;
  }

  private static Map<String, Object> hitJson(TextIndex.Hit hit, StoredArticle stored) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", stored.article().id());
    m.put("story_id", hit.storyId());
    m.put("score", Math.round(hit.score() * 1000) / 1000.0);
    m.put("source", stored.article().source());
    m.put("title", stored.article().title());
    m.put("published", stored.seen().toString());
    m.put("copy", stored.assignment().copyKind().name().toLowerCase(Locale.ROOT));
    m.put("snippet", snippet(stored.article().text()));
    return m;
  }

  private static String snippet(String text) {
    String t = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    return t.length() <= 240 ? t : t.substring(0, 239) + "…";
  }

  private static String firstLine(Throwable t) {
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
