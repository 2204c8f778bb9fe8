package dev.parallax.store;

import dev.parallax.core.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of article text: fields {@code id}, {@code story}, {@code source} (exact) and
 * {@code title}, {@code text} (analysed). Articles are keyed by id, so indexing one again replaces
 * it. Not thread-safe for writes.
 */
public final class TextIndex implements AutoCloseable {
  /** A search hit: the article, its story and the score. */
  public record Hit(String articleId, String storyId, float score) {}

  private final FSDirectory directory;
  private final IndexWriter writer;

  private TextIndex(FSDirectory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  static TextIndex open(Path dir) throws IOException {
    FSDirectory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    // Only ArticleStore.commit makes changes durable, always before the matching SQLite commit.
    config.setCommitOnClose(false);
    return new TextIndex(directory, new IndexWriter(directory, config));
  }

  void put(Article a, String storyId) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("id", a.id(), Field.Store.YES));
    doc.add(new StringField("story", storyId, Field.Store.YES));
    doc.add(new StringField("source", a.source(), Field.Store.YES));
    if (a.title() != null) {
      doc.add(new TextField("title", a.title(), Field.Store.NO));
    }
    doc.add(new TextField("text", a.text(), Field.Store.NO));
    writer.updateDocument(new Term("id", a.id()), doc);
  }

  void commit() throws IOException {
    writer.commit();
  }

  List<Hit> search(String queryText, int limit) throws IOException {
    Query query;
    try {
      query =
          new MultiFieldQueryParser(new String[] {"title", "text"}, new StandardAnalyzer())
              .parse(queryText);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a valid query: " + queryText, e);
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        hits.add(new Hit(d.get("id"), d.get("story"), sd.score));
      }
      return hits;
    }
  }

  int documentCount() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return reader.numDocs();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
