package dev.parallax.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.Origin;
import dev.parallax.core.ProblemReport;
import dev.parallax.ingest.internal.ArticleDraft;
import dev.parallax.ingest.internal.BoundedBytes;
import dev.parallax.ingest.internal.HtmlText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Locale;
import java.util.function.Consumer;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom feed ({@code .rss}, {@code .atom}, or {@code .xml} that parses as a feed)
 * with ROME, one article per entry (origin line 0).
 *
 * <p>Text from the entry's content ({@code content:encoded}, Atom content), else its description or
 * summary, with paragraphs separated by blank lines: HTML content goes through the {@link
 * HtmlExtractor}, as pages do, so a full article in the feed loses its share buttons, related links
 * and captions; content the extractor finds no article in (a short teaser) is converted to plain
 * text whole. Atom {@code type="text"} is taken as is. URL from the link; date from published, else
 * updated; source from the link's host, else the feed's title, else the folder; language from the
 * feed. The id is derived from the URL, so the same page read from a feed and from a WARC has one
 * id; the entry's own id, when it differs from the link, is kept in field {@code guid}. The whole
 * feed is parsed in memory, so feeds over {@code maxFileBytes} are skipped as a problem. DOCTYPEs
 * stay disallowed (ROME's default), so no external entity is ever fetched. Thread-safe.
 */
public final class FeedReader implements ArticleReader {
  private final HtmlExtractor extractor;
  private final int maxFileBytes;

  public FeedReader(HtmlExtractor extractor, int maxFileBytes) {
    this.extractor = java.util.Objects.requireNonNull(extractor, "extractor");
    this.maxFileBytes = BoundedBytes.requireLimit("maxFileBytes", maxFileBytes);
  }

  @Override
  public void read(String name, InputStream in, Consumer<Article> sink, ProblemReport problems)
      throws IOException {
    byte[] bytes = BoundedBytes.readAtMost(in, maxFileBytes);
    if (bytes == null) {
      problems.add(name, 0, BoundedBytes.tooLargeReason(maxFileBytes));
      return;
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      problems.add(name, 0, "not a valid RSS or Atom feed: " + e.getMessage());
      return;
    }
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      ArticleDraft draft =
          new ArticleDraft(name, Origin.file(name))
              .url(entry.getLink())
              .title(entry.getTitle())
              .published(instant(entry.getPublishedDate(), entry.getUpdatedDate()))
              .language(feed.getLanguage())
              .text(text(entry));
      if (draft.url() == null && looksLikeHttp(entry.getUri())) {
        draft.url(entry.getUri());
      }
      if (ArticleDraft.hostOf(draft.url()) == null) {
        draft.source(feed.getTitle());
      }
      if (entry.getUri() != null && !entry.getUri().equals(draft.url())) {
        draft.field("guid", entry.getUri());
      }
      if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
        draft.field("author", entry.getAuthor().strip());
      }
      if (!draft.hasText()) {
        problems.add(name, 0, "entry " + index + describe(entry) + " has no text; skipped");
        continue;
      }
      sink.accept(draft.toArticle());
    }
  }

  private String text(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String t = plain(content);
      if (!t.isBlank()) {
        return t;
      }
    }
    return entry.getDescription() == null ? "" : plain(entry.getDescription());
  }

  private String plain(SyndContent content) {
    String value = content.getValue();
    if (value == null) {
      return "";
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) {
      return value.strip();
    }
    ExtractedPage page = extractor.extract(value, null);
    return page.hasArticle() ? page.text() : HtmlText.paragraphs(value);
  }

  private static java.time.Instant instant(Date published, Date updated) {
    Date d = published != null ? published : updated;
    return d == null ? null : d.toInstant();
  }

  private static boolean looksLikeHttp(String uri) {
    return uri != null && uri.toLowerCase(Locale.ROOT).matches("^https?://\\S+$");
  }

  private static String describe(SyndEntry entry) {
    return entry.getTitle() == null || entry.getTitle().isBlank()
        ? ""
        : " ('" + entry.getTitle().strip() + "')";
  }
}
