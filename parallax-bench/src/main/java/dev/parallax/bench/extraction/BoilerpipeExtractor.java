package dev.parallax.bench.extraction;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;

/**
 * Boilerpipe's {@code ArticleExtractor} (Kohlschütter et al., "Boilerplate Detection using Shallow
 * Text Features", WSDM 2010) as an {@link HtmlExtractor}: main text only, no metadata. Thread-safe:
 * Boilerpipe's extractor is a stateless singleton and parses each page afresh.
 */
public final class BoilerpipeExtractor implements HtmlExtractor {
  /** The method's name in comparison tables. */
  public static final String NAME = "Boilerpipe ArticleExtractor 1.2.2";

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    try {
      String text = ArticleExtractor.INSTANCE.getText(html);
      return new ExtractedPage(null, text == null ? "" : text.strip(), null, null, null, null);
    } catch (BoilerpipeProcessingException e) {
      throw new ExtractionFailedException("Boilerpipe could not process the page", e);
    }
  }
}
