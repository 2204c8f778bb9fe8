package dev.parallax.ingest.html;

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
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a saved HTML page ({@code .html}, {@code .htm}) as one article (origin line 0) through an
 * {@link HtmlExtractor}: URL from the canonical link, source from its host else the folder. A page
 * with no article text is a problem. Bytes are UTF-8, else the charset a {@code <meta>} declares,
 * else windows-1252 (reported). Pages over {@code maxFileBytes} are skipped as a problem.
 * Thread-safe when the extractor is.
 */
public final class HtmlPageReader implements ArticleReader {
  private final HtmlExtractor extractor;
  private final int maxFileBytes;

  public HtmlPageReader(HtmlExtractor extractor, int maxFileBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
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
    Decoding.Decoded decoded = Decoding.document(bytes, null);
    if (decoded.fellBack()) {
      problems.add(name, decoded.badLine(), Decoding.FALLBACK_REASON);
    }
    ExtractedPage page = extractor.extract(decoded.text(), null);
    if (!page.hasArticle()) {
      problems.add(name, 0, "no article text found");
      return;
    }
    ArticleDraft draft =
        new ArticleDraft(name, Origin.file(name))
            .url(page.canonicalUrl())
            .title(page.title())
            .published(page.published())
            .language(page.language())
            .text(page.text());
    if (!page.authors().isEmpty()) {
      draft.field("author", String.join("; ", page.authors()));
    }
    sink.accept(draft.toArticle());
  }
}
