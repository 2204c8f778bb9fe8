package dev.parallax.ingest.warc;

import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.Decoding;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.Origin;
import dev.parallax.core.ProblemReport;
import dev.parallax.ingest.internal.ArticleDraft;
import dev.parallax.ingest.internal.BoundedBytes;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}; jwarc detects gzip itself, so the input may
 * be compressed or not) with jwarc.
 *
 * <p>Each {@code response} record with HTTP status 200 and an HTML content type, and each {@code
 * resource} record of type HTML, goes through the {@link HtmlExtractor}: URL from the target URI
 * (else the canonical link), date from the page, else the WARC-Date. Every other record is skipped
 * silently. Problems name the record as {@code file@offset} in their reason (origin line 0): a page
 * with no article text, a body over {@code maxFileBytes}, an unreadable HTTP message. A corrupt
 * archive fails with an {@link IOException} after the records before the damage. Thread-safe when
 * the extractor is.
 */
public final class WarcArticleReader implements ArticleReader {
  private final HtmlExtractor extractor;
  private final int maxFileBytes;

  public WarcArticleReader(HtmlExtractor extractor, int maxFileBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.maxFileBytes = BoundedBytes.requireLimit("maxFileBytes", maxFileBytes);
  }

  @Override
  public void read(String name, InputStream in, Consumer<Article> sink, ProblemReport problems)
      throws IOException {
    Consumer<Article> guarded =
        article -> {
          try {
            sink.accept(article);
          } catch (RuntimeException e) {
            throw new SinkFailure(e);
          }
        };
    try (WarcReader reader = new WarcReader(in)) {
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        String where = name + "@" + reader.position();
        WarcRecord record = next.get();
        try {
          read(name, where, record, guarded, problems);
        } catch (IOException e) {
          problems.add(name, 0, "record at " + where + " could not be read: " + e.getMessage());
        } catch (SinkFailure e) {
          throw e.getCause();
        } catch (RuntimeException e) {
          // One record that breaks a parser is that record's problem; the archive goes on.
          problems.add(name, 0, "record at " + where + " could not be read: " + e);
        }
      }
    }
  }

  private void read(
      String name, String where, WarcRecord record, Consumer<Article> sink, ProblemReport problems)
      throws IOException {
    MessageBody body;
    String charset;
    String url;
    if (record instanceof WarcResponse response) {
      if (!isHttp(response.contentType())) {
        return;
      }
      HttpResponse http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return;
      }
      body = http.bodyDecoded();
      charset = http.contentType().parameters().get("charset");
      url = response.target();
    } else if (record instanceof WarcResource resource) {
      if (!isHtml(resource.contentType())) {
        return;
      }
      body = resource.body();
      charset = resource.contentType().parameters().get("charset");
      url = resource.target();
    } else {
      return;
    }
    byte[] bytes = BoundedBytes.readAtMost(body.stream(), maxFileBytes);
    if (bytes == null) {
      problems.add(
          name, 0, "record at " + where + " is larger than " + maxFileBytes + " bytes; skipped");
      return;
    }
    Decoding.Decoded decoded = Decoding.document(bytes, charset);
    if (decoded.fellBack()) {
      problems.add(name, 0, "record at " + where + ": " + Decoding.FALLBACK_REASON);
    }
    ExtractedPage page = extractor.extract(decoded.text(), url);
    if (!page.hasArticle()) {
      problems.add(name, 0, "record at " + where + " (" + url + "): no article text found");
      return;
    }
    ArticleDraft draft =
        new ArticleDraft(name, Origin.file(name))
            .url(url != null ? url : page.canonicalUrl())
            .title(page.title())
            .published(page.published() != null ? page.published() : record.date())
            .language(page.language())
            .text(page.text());
    if (!page.authors().isEmpty()) {
      draft.field("author", String.join("; ", page.authors()));
    }
    sink.accept(draft.toArticle());
  }

  private static boolean isHttp(MediaType type) {
    return type != null
        && "application".equalsIgnoreCase(type.type())
        && "http".equalsIgnoreCase(type.subtype());
  }

  private static boolean isHtml(MediaType type) {
    if (type == null) {
      return false;
    }
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** Carries the sink's own exception past the per-record handling, to be rethrown as it was. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
