package dev.parallax.store;

import dev.parallax.core.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.sqlite.SQLiteConfig;

/**
 * A read-only view of a store that one {@link ArticleStore} writes, for many concurrent readers: a
 * small pool of read-only SQLite connections (WAL lets them read while the writer writes, each read
 * seeing the last SQLite commit) and a Lucene {@link SearcherManager} over the committed index,
 * which sees new commits after {@link #refresh()}.
 *
 * <p>Thread-safe. Queries use the Lucene classic syntax over {@code title} and {@code text} with
 * AND as the default operator; {@code source:}, {@code story:} and {@code id:} match exact values
 * (quote values with spaces: {@code source:"The Daily"}). A query that does not parse is an {@link
 * IllegalArgumentException} naming it.
 */
public final class StoreReader implements AutoCloseable {
  /** The most hits a search can reach ({@code offset + limit}), to bound its cost. */
  public static final int MAX_HITS = 10_000;

  private static final long BORROW_TIMEOUT_SECONDS = 30;
  private static final int IN_CHUNK = ArticleStore.IN_CHUNK;
  private static final Set<String> HIT_FIELDS = Set.of("id", "story");

  private final Path dir;
  private final List<Connection> connections;
  private final BlockingQueue<Connection> idle;
  private final FSDirectory indexDirectory;
  private final Analyzer analyzer;
  private volatile SearcherManager searchers;

  private StoreReader(Path dir, List<Connection> connections, FSDirectory indexDirectory) {
    this.dir = dir;
    this.connections = List.copyOf(connections);
    this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    this.indexDirectory = indexDirectory;
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(),
            Map.of(
                "id", new KeywordAnalyzer(),
                "story", new KeywordAnalyzer(),
                "source", new KeywordAnalyzer()));
  }

  /**
   * Opens a reader over the store in {@code dir}, which must exist (open an {@link ArticleStore}
   * there first), with {@code connections} pooled SQLite connections.
   */
  public static StoreReader open(Path dir, int connections) {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be >= 1: " + connections);
    }
    Path db = dir.resolve("parallax.db");
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("no store in " + dir);
    }
    List<Connection> opened = new ArrayList<>();
    try {
      SQLiteConfig config = new SQLiteConfig();
      config.setReadOnly(true);
      config.setBusyTimeout(10_000);
      for (int i = 0; i < connections; i++) {
        Connection c = config.createConnection("jdbc:sqlite:" + db);
        c.setAutoCommit(false);
        opened.add(c);
      }
      StoreReader reader = new StoreReader(dir, opened, FSDirectory.open(dir.resolve("index")));
      reader.refresh();
      return reader;
    } catch (SQLException | IOException e) {
      for (Connection c : opened) {
        try {
          c.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new StoreException("cannot open a reader on " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * One story with its articles in time order, or empty when there is no such story. The id of a
   * story merged into another gives that other story (whose id the detail carries).
   */
  public Optional<StoryDetail> story(String id) {
    return withConnection("story " + id, c -> ArticleStore.readStory(c, id));
  }

  /** The analyses of a story's articles, by article id (articles without one are absent). */
  public Map<String, String> analyses(String storyId) {
    return withConnection(
        "analyses of story " + storyId,
        c -> {
          try (PreparedStatement p = c.prepareStatement(ArticleStore.SELECT_ANALYSES)) {
            return ArticleStore.analysesFrom(p, storyId);
          }
        });
  }

  /** One article, or empty when there is no article with that id. */
  public Optional<StoredArticle> article(String id) {
    return withConnection("article " + id, c -> ArticleStore.readArticle(c, id));
  }

  /** The articles among {@code ids} that exist, by id, in the order of {@code ids}. */
  public Map<String, StoredArticle> articles(Collection<String> ids) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
    Map<String, StoredArticle> found = new HashMap<>();
    for (StoredArticle a :
        withConnection("articles", c -> ArticleStore.readArticles(c, distinct))) {
      found.put(a.article().id(), a);
    }
    Map<String, StoredArticle> out = new LinkedHashMap<>();
    for (String id : distinct) {
      StoredArticle a = found.get(id);
      if (a != null) {
        out.put(id, a);
      }
    }
    return out;
  }

  /** Every story's listing, in no particular order. */
  public List<StoryListing> allListings() {
    return withConnection("story listings", c -> listings(c, null));
  }

  /** The listings of the stories among {@code storyIds} that exist, in no particular order. */
  public List<StoryListing> listings(Collection<String> storyIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(storyIds));
    List<StoryListing> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      out.addAll(withConnection("story listings", c -> listings(c, chunk)));
    }
    return out;
  }

  /**
   * Full-text search over articles in one pass: the exact total number of matches, the hits ranked
   * {@code offset} to {@code offset + limit - 1}, best first, and the distinct stories of the best
   * {@code storyHits} matches, in the order of their best match.
   */
  public SearchPage search(String queryText, int limit, int offset, int storyHits) {
    if (limit < 0
        || offset < 0
        || storyHits < 0
        || (long) limit + offset > MAX_HITS
        || storyHits > MAX_HITS) {
      throw new IllegalArgumentException(
          "limit, offset and storyHits must be >= 0 with limit + offset <= "
              + MAX_HITS
              + " and storyHits <= "
              + MAX_HITS
              + ": limit="
              + limit
              + ", offset="
              + offset
              + ", storyHits="
              + storyHits);
    }
    Query query = parse(queryText);
    int wanted = Math.max(1, Math.max(offset + limit, storyHits));
    return withSearcher(
        s -> {
          TopDocs top = s.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
          ScoreDoc[] docs = top.scoreDocs;
          StoredFields fields = s.storedFields();
          List<TextIndex.Hit> hits = new ArrayList<>();
          Set<String> stories = new LinkedHashSet<>();
          for (int i = 0; i < docs.length; i++) {
            boolean onPage = i >= offset && i < offset + limit;
            if (!onPage && i >= storyHits) {
              continue;
            }
            Document d = fields.document(docs[i].doc, HIT_FIELDS);
            if (onPage) {
              hits.add(new TextIndex.Hit(d.get("id"), d.get("story"), docs[i].score));
            }
            if (i < storyHits) {
              stories.add(d.get("story"));
            }
          }
          return new SearchPage(top.totalHits.value, hits, List.copyOf(stories));
        });
  }

  /** The stories of the (at most {@code maxHits} best) articles matching {@code queryText}. */
  public Set<String> storiesMatching(String queryText, int maxHits) {
    Query query = parse(queryText);
    return withSearcher(
        s -> {
          Set<String> stories = new HashSet<>();
          for (ScoreDoc sd : s.search(query, Math.max(1, maxHits)).scoreDocs) {
            stories.add(s.storedFields().document(sd.doc, Set.of("story")).get("story"));
          }
          return stories;
        });
  }

  /** A query for the exact phrase {@code words} in title or text, whatever characters it holds. */
  public static String phraseQuery(String words) {
    return '"' + QueryParser.escape(words.replace('"', ' ')) + '"';
  }

  /** Makes searches see the index as last committed. */
  public void refresh() {
    try {
      SearcherManager current = searchers;
      if (current != null) {
        current.maybeRefreshBlocking();
      } else if (DirectoryReader.indexExists(indexDirectory)) {
        synchronized (this) {
          if (searchers == null) {
            searchers = new SearcherManager(indexDirectory, null);
          }
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot refresh the index of " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    List<Exception> failures = new ArrayList<>();
    for (Connection c : connections) {
      try {
        c.close();
      } catch (SQLException e) {
        failures.add(e);
      }
    }
    try {
      if (searchers != null) {
        searchers.close();
      }
      indexDirectory.close();
    } catch (IOException e) {
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      StoreException e = new StoreException("cannot close the reader on " + dir, failures.get(0));
      failures.stream().skip(1).forEach(e::addSuppressed);
      throw e;
    }
  }

  private Query parse(String queryText) {
    if (queryText == null || queryText.isBlank()) {
      throw new IllegalArgumentException("the query is empty");
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(queryText);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("not a valid query: " + queryText, e);
    }
  }

  private static List<StoryListing> listings(Connection c, List<String> ids) throws SQLException {
    String where = ids == null ? "" : " WHERE s.id IN (" + placeholders(ids.size()) + ")";
    Map<String, Story> stories = new HashMap<>();
    try (PreparedStatement p =
        c.prepareStatement(ArticleStore.SELECT_STORY + where + " GROUP BY s.id")) {
      bind(p, ids);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Story s = ArticleStore.storyFrom(rs);
          stories.put(s.id(), s);
        }
      }
    }
    Map<String, Set<String>> sources = new HashMap<>();
    Map<String, Set<String>> languages = new HashMap<>();
    String facetWhere = ids == null ? "" : " WHERE story_id IN (" + placeholders(ids.size()) + ")";
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT DISTINCT story_id, source, language FROM articles" + facetWhere)) {
      bind(p, ids);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String story = rs.getString(1);
          sources.computeIfAbsent(story, k -> new HashSet<>()).add(rs.getString(2));
          String language = rs.getString(3);
          if (language != null) {
            languages.computeIfAbsent(story, k -> new HashSet<>()).add(language);
          }
        }
      }
    }
    List<StoryListing> out = new ArrayList<>(stories.size());
    for (Story s : stories.values()) {
      out.add(
          new StoryListing(
              s, sources.getOrDefault(s.id(), Set.of()), languages.getOrDefault(s.id(), Set.of())));
    }
    return out;
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement p, List<String> ids) throws SQLException {
    if (ids != null) {
      for (int i = 0; i < ids.size(); i++) {
        p.setString(i + 1, ids.get(i));
      }
    }
  }

  private interface SqlWork<T> {
    T apply(Connection c) throws SQLException, IOException;
  }

  private interface SearchWork<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  private <T> T withConnection(String what, SqlWork<T> work) {
    Connection c;
    try {
      c = idle.poll(BORROW_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while reading " + what, e);
    }
    if (c == null) {
      throw new StoreException(
          "no read connection free after " + BORROW_TIMEOUT_SECONDS + " s for " + what, null);
    }
    try {
      return work.apply(c);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read " + what + " from " + dir + ": " + e.getMessage(), e);
    } finally {
      try {
        c.rollback(); // ends the read transaction, so the writer's checkpoints can proceed
      } catch (SQLException e) {
        // the connection stays usable for the next read; the next failure will say so
      }
      idle.add(c);
    }
  }

  private <T> T withSearcher(SearchWork<T> work) {
    SearcherManager manager = searchers;
    if (manager == null) {
      refresh();
      manager = searchers;
    }
    if (manager == null) {
      try {
        return work.apply(new IndexSearcher(new org.apache.lucene.index.MultiReader()));
      } catch (IOException e) {
        throw new StoreException("cannot search " + dir + ": " + e.getMessage(), e);
      }
    }
    try {
      IndexSearcher s = manager.acquire();
      try {
        return work.apply(s);
      } finally {
        manager.release(s);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search " + dir + ": " + e.getMessage(), e);
    }
  }
}
