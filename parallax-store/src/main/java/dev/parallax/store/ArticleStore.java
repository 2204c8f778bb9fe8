package dev.parallax.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Origin;
import dev.parallax.core.Story;
import dev.parallax.core.StoryMerge;
import dev.parallax.core.StorySplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The embedded store in one data directory: SQLite ({@code parallax.db}) holds articles, their
 * story assignments and stories; a Lucene index ({@code index/}) holds their text for search.
 *
 * <p>Writes are buffered with {@link #add} and made durable together by {@link #commit}: the Lucene
 * commit first, then the SQLite transaction, so that a process killed at any point leaves every
 * article either fully stored or absent from SQLite (an index entry without a row is overwritten
 * when the article is ingested again). Re-adding an article id already stored is a no-op. One
 * writer at a time; not thread-safe.
 */
public final class ArticleStore implements AutoCloseable {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};
  private static final TypeReference<Map<String, Integer>> COUNT_MAP = new TypeReference<>() {};

  /** Ids bound per {@code IN (...)} query, well under SQLite's bound on parameters. */
  static final int IN_CHUNK = 500;

  private final Path dir;
  private final Connection db;
  private final TextIndex index;
  private final PreparedStatement insertArticle;
  private final PreparedStatement insertStory;
  private final PreparedStatement reviveStory;
  private final PreparedStatement insertAnalysis;

  private ArticleStore(Path dir, Connection db, TextIndex index) throws SQLException {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.insertArticle =
        db.prepareStatement(
            "INSERT OR IGNORE INTO articles(id, source, url, published, title, text, language,"
                + " fields, origin_file, origin_line, story_id, founded, copy_kind, copy_of,"
                + " copy_similarity, story_similarity, repairs, ingested_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    this.insertStory =
        db.prepareStatement(
            "INSERT OR IGNORE INTO stories(id, founder_id, headline) VALUES (?,?,?)");
    this.reviveStory =
        db.prepareStatement(
            "INSERT INTO stories(id, founder_id, headline) VALUES (?,?,?) ON CONFLICT(id) DO"
                + " UPDATE SET founder_id = excluded.founder_id, headline = excluded.headline,"
                + " merged_into = NULL");
    this.insertAnalysis =
        db.prepareStatement("INSERT OR REPLACE INTO analyses(article_id, analysis) VALUES (?, ?)");
  }

  /** Stores written before stories could merge lack the column that records a merge. */
  private static void addMergedIntoColumn(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA table_info(stories)")) {
      while (rs.next()) {
        if (rs.getString("name").equals("merged_into")) {
          return;
        }
      }
    }
    s.execute("ALTER TABLE stories ADD COLUMN merged_into TEXT");
  }

  /** Opens (creating if needed) the store in {@code dir}. */
  public static ArticleStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("parallax.db"));
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA foreign_keys=ON");
        s.execute(
            "CREATE TABLE IF NOT EXISTS stories("
                + " id TEXT PRIMARY KEY, founder_id TEXT NOT NULL, headline TEXT,"
                + " merged_into TEXT)");
        addMergedIntoColumn(s);
        s.execute(
            "CREATE TABLE IF NOT EXISTS articles("
                + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                + " id TEXT NOT NULL UNIQUE,"
                + " source TEXT NOT NULL, url TEXT, published INTEGER, title TEXT,"
                + " text TEXT NOT NULL, language TEXT, fields TEXT NOT NULL,"
                + " origin_file TEXT NOT NULL, origin_line INTEGER NOT NULL,"
                + " story_id TEXT NOT NULL REFERENCES stories(id), founded INTEGER NOT NULL,"
                + " copy_kind TEXT NOT NULL, copy_of TEXT, copy_similarity REAL NOT NULL,"
                + " story_similarity REAL NOT NULL, repairs TEXT NOT NULL,"
                + " ingested_at INTEGER NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id)");
        s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
        s.execute(
            "CREATE TABLE IF NOT EXISTS analyses("
                + " article_id TEXT PRIMARY KEY REFERENCES articles(id), analysis TEXT NOT NULL)");
      }
      db.setAutoCommit(false);
      return new ArticleStore(dir, db, TextIndex.open(dir.resolve("index")));
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  /**
   * Buffers one article for the next {@link #commit}; an id already stored is ignored. Closing
   * without a commit discards what was buffered.
   */
  public void add(StoredArticle stored) {
    Article a = stored.article();
    Assignment s = stored.assignment();
    try {
      if (s.foundedStory()) {
        insertStory.setString(1, s.storyId());
        insertStory.setString(2, a.id());
        insertStory.setString(3, headlineOf(a));
        insertStory.executeUpdate();
      }
      PreparedStatement p = insertArticle;
      p.setString(1, a.id());
      p.setString(2, a.source());
      p.setString(3, a.url());
      if (a.published() == null) {
        p.setNull(4, Types.INTEGER);
      } else {
        p.setLong(4, a.published().toEpochMilli());
      }
      p.setString(5, a.title());
      p.setString(6, a.text());
      p.setString(7, a.language());
      p.setString(8, JSON.writeValueAsString(a.fields()));
      p.setString(9, a.origin().file());
      p.setLong(10, a.origin().line());
      p.setString(11, s.storyId());
      p.setInt(12, s.foundedStory() ? 1 : 0);
      p.setString(13, s.copyKind().name());
      p.setString(14, s.copyOf());
      p.setDouble(15, s.copySimilarity());
      p.setDouble(16, s.storySimilarity());
      p.setString(17, JSON.writeValueAsString(stored.repairs()));
      p.setLong(18, stored.ingestedAt().toEpochMilli());
      p.executeUpdate();
      index.put(a, s.storyId());
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot store article " + a.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Buffers a story split for the next {@link #commit}: the new story, founded by the split's
   * earliest article (which must be stored), and every moved article already stored relabelled in
   * the database and the text index; moved articles not stored yet are added later with their new
   * story. An unknown story or a founder not stored is a {@link StoreException}.
   */
  public void split(StorySplit split) {
    try {
      StoredArticle founder =
          article(split.founderId())
              .orElseThrow(
                  () ->
                      new StoreException(
                          "cannot split story "
                              + split.storyId()
                              + ": its new founder "
                              + split.founderId()
                              + " is not stored",
                          null));
      if (!founder.assignment().storyId().equals(split.storyId())) {
        throw new StoreException(
            "cannot split story "
                + split.storyId()
                + ": article "
                + split.founderId()
                + " is in "
                + founder.assignment().storyId(),
            null);
      }
      // The new id may name a story merged away earlier: it comes back.
      reviveStory.setString(1, split.newStoryId());
      reviveStory.setString(2, split.founderId());
      reviveStory.setString(3, headlineOf(founder.article()));
      reviveStory.executeUpdate();
      move(split.moved(), split.storyId(), split.newStoryId(), split.founderId());
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot split story " + split.storyId() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Buffers a story merge for the next {@link #commit}: the moved articles already stored join the
   * surviving story (database and text index), and the merged story's id leads to it from then on
   * ({@link #story} follows it). Moved articles not stored yet are added later with their story.
   */
  public void merge(StoryMerge merge) {
    try {
      move(merge.moved(), merge.mergedId(), merge.storyId(), null);
      try (PreparedStatement p =
          db.prepareStatement(
              "UPDATE stories SET merged_into = ? WHERE id = ? OR merged_into = ?")) {
        p.setString(1, merge.storyId());
        p.setString(2, merge.mergedId());
        p.setString(3, merge.mergedId());
        p.executeUpdate();
      }
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "cannot merge story "
              + merge.mergedId()
              + " into "
              + merge.storyId()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Relabels the stored ones of {@code ids} from story {@code from} to {@code to}, and re-indexes
   * them (read back in one query per chunk: the index needs their text).
   */
  private void move(List<String> ids, String from, String to, String founder)
      throws SQLException, IOException {
    List<String> relabelled = new ArrayList<>();
    try (PreparedStatement p =
        db.prepareStatement(
            "UPDATE articles SET story_id = ?, founded = (id IS ?) WHERE id = ? AND story_id = ?")) {
      for (String id : ids) {
        p.setString(1, to);
        p.setString(2, founder);
        p.setString(3, id);
        p.setString(4, from);
        if (p.executeUpdate() == 1) {
          relabelled.add(id);
        }
      }
    }
    for (StoredArticle a : readArticles(db, relabelled)) {
      index.put(a.article(), to);
    }
  }

  /**
   * Buffers a value of the pipeline's own state for the next {@link #commit}, so that it becomes
   * durable together with the articles it belongs to.
   */
  public void putMeta(String key, String value) {
    try (PreparedStatement p =
        db.prepareStatement("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot store " + key + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Buffers an article's analysis (entities, quotes, claims as the analysis module encodes them)
   * for the next {@link #commit}; the article must have been added. A second analysis of the same
   * article replaces the first.
   */
  public void putAnalysis(String articleId, String analysis) {
    try {
      insertAnalysis.setString(1, articleId);
      insertAnalysis.setString(2, analysis);
      insertAnalysis.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store the analysis of " + articleId + ": " + e.getMessage(), e);
    }
  }

  /**
   * The committed analyses of a story's articles, by article id (articles without one are absent).
   */
  public Map<String, String> analyses(String storyId) {
    try (PreparedStatement p = db.prepareStatement(SELECT_ANALYSES)) {
      return analysesFrom(p, storyId);
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the analyses of story " + storyId + ": " + e.getMessage(), e);
    }
  }

  static final String SELECT_ANALYSES =
      "SELECT n.article_id, n.analysis FROM analyses n JOIN articles a ON a.id = n.article_id"
          + " WHERE a.story_id = ?";

  static Map<String, String> analysesFrom(PreparedStatement p, String storyId) throws SQLException {
    p.setString(1, storyId);
    Map<String, String> out = new java.util.HashMap<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** A committed value stored with {@link #putMeta}, or empty. */
  public Optional<String> meta(String key) {
    try (PreparedStatement p = db.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      p.setString(1, key);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read " + key + " from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Makes every article added since the last commit durable. */
  public void commit() {
    try {
      index.commit();
      db.commit();
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot commit to the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  public long articleCount() {
    return queryLong("SELECT COUNT(*) FROM articles");
  }

  /** Articles in the text index, committed or not: equal to {@link #articleCount()} when sound. */
  public long indexedCount() {
    try {
      return index.documentCount();
    } catch (IOException e) {
      throw new StoreException("cannot read the index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Stories that hold articles (a story merged into another holds none). */
  public long storyCount() {
    return queryLong("SELECT COUNT(*) FROM stories WHERE merged_into IS NULL");
  }

  /**
   * Every stored article in ingest order, streamed (for rebuilding the assigner after a restart).
   */
  public void forEach(Consumer<StoredArticle> consumer) {
    try (PreparedStatement p = db.prepareStatement(SELECT_ARTICLE + " ORDER BY seq");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        consumer.accept(articleFrom(rs));
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read articles from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Every story, the latest-seen first (ties: by id). */
  public List<Story> stories() {
    try (PreparedStatement p =
            db.prepareStatement(SELECT_STORY + " GROUP BY s.id ORDER BY last DESC, s.id");
        ResultSet rs = p.executeQuery()) {
      List<Story> out = new ArrayList<>();
      while (rs.next()) {
        out.add(storyFrom(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("cannot list stories in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * One story with its articles in time order, or empty when there is no such story. The id of a
   * story merged into another gives that other story (whose id the detail carries).
   */
  public Optional<StoryDetail> story(String id) {
    try {
      return readStory(db, id);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read story " + id + ": " + e.getMessage(), e);
    }
  }

  /** One stored article, or empty when there is no article with that id. */
  public Optional<StoredArticle> article(String id) {
    try {
      return readArticle(db, id);
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
    }
  }

  /** One story and its articles in time order, on {@code c} (the writer's or a reader's). */
  static Optional<StoryDetail> readStory(Connection c, String id) throws SQLException, IOException {
    Story story;
    try (PreparedStatement p = c.prepareStatement(STORY_BY_ID)) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        story = storyFrom(rs);
      }
    }
    List<StoredArticle> articles = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            SELECT_ARTICLE
                + " WHERE story_id = ? ORDER BY COALESCE(published, ingested_at), seq")) {
      q.setString(1, story.id());
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          articles.add(articleFrom(rs));
        }
      }
    }
    return Optional.of(new StoryDetail(story, articles));
  }

  /** One stored article on {@code c}, or empty. */
  static Optional<StoredArticle> readArticle(Connection c, String id)
      throws SQLException, IOException {
    try (PreparedStatement p = c.prepareStatement(SELECT_ARTICLE + " WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(articleFrom(rs)) : Optional.empty();
      }
    }
  }

  /**
   * The articles among {@code ids} that exist, in no particular order (one query per {@link
   * #IN_CHUNK} ids).
   */
  static List<StoredArticle> readArticles(Connection c, List<String> ids)
      throws SQLException, IOException {
    List<StoredArticle> out = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement p =
          c.prepareStatement(SELECT_ARTICLE + " WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          p.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            out.add(articleFrom(rs));
          }
        }
      }
    }
    return out;
  }

  /** Articles (with their stories) matching a Lucene query over title and text, best first. */
  public List<TextIndex.Hit> search(String query, int limit) {
    try {
      return index.search(query, limit);
    } catch (IOException e) {
      throw new StoreException("cannot search " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      try {
        insertArticle.close();
        insertStory.close();
        reviveStory.close();
        insertAnalysis.close();
        db.rollback();
        db.close();
      } finally {
        index.close();
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot close the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  static final String SELECT_ARTICLE =
      "SELECT seq, id, source, url, published, title, text, language, fields, origin_file,"
          + " origin_line, story_id, founded, copy_kind, copy_of, copy_similarity,"
          + " story_similarity, repairs, ingested_at FROM articles";

  static final String SELECT_STORY =
      "SELECT s.id, s.headline, COUNT(a.seq) AS n, COUNT(DISTINCT a.source) AS sources,"
          + " COUNT(DISTINCT CASE WHEN a.copy_kind = 'ORIGINAL' THEN a.source END) AS independent,"
          + " MIN(COALESCE(a.published, a.ingested_at)) AS first,"
          + " MAX(COALESCE(a.published, a.ingested_at)) AS last"
          + " FROM stories s JOIN articles a ON a.story_id = s.id";

  /** One story by id (parameter 1), the id of a story merged into another leading to that one. */
  static final String STORY_BY_ID =
      SELECT_STORY
          + " WHERE s.id = COALESCE((SELECT merged_into FROM stories WHERE id = ?1), ?1)"
          + " GROUP BY s.id";

  static Story storyFrom(ResultSet rs) throws SQLException {
    return new Story(
        rs.getString(1),
        rs.getInt(3),
        rs.getInt(4),
        rs.getInt(5),
        Instant.ofEpochMilli(rs.getLong(6)),
        Instant.ofEpochMilli(rs.getLong(7)),
        rs.getString(2));
  }

  static StoredArticle articleFrom(ResultSet rs) throws SQLException, IOException {
    long published = rs.getLong(5);
    Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
    Article article =
        new Article(
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            publishedAt,
            rs.getString(6),
            rs.getString(7),
            rs.getString(8),
            JSON.readValue(rs.getString(9), STRING_MAP),
            new Origin(rs.getString(10), rs.getLong(11)));
    Assignment assignment =
        new Assignment(
            article.id(),
            rs.getString(12),
            rs.getInt(13) == 1,
            CopyKind.valueOf(rs.getString(14)),
            rs.getString(15),
            rs.getDouble(16),
            rs.getDouble(17));
    return new StoredArticle(
        rs.getLong(1),
        article,
        assignment,
        JSON.readValue(rs.getString(18), COUNT_MAP),
        Instant.ofEpochMilli(rs.getLong(19)));
  }

  private long queryLong(String sql) {
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw new StoreException("cannot query " + dir + ": " + e.getMessage(), e);
    }
  }

  /** A story's headline: its founding article's title, else the start of its text. */
  static String headlineOf(Article a) {
    String h = a.title() != null && !a.title().isBlank() ? a.title() : a.text();
    h = WHITESPACE.matcher(h.strip()).replaceAll(" ");
    if (h.length() > 140) {
      int cut = h.lastIndexOf(' ', 137);
      h = h.substring(0, cut > 60 ? cut : 137) + "…";
    }
    return h;
  }
}
