package dev.parallax.bench.extraction;

import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * Readability4J, the Kotlin port of Mozilla's Readability.js (Firefox Reader View), as an {@link
 * HtmlExtractor}: the article element's text and title. Thread-safe: every call builds its own
 * parser.
 */
public final class ReadabilityExtractor implements HtmlExtractor {
  private final boolean extended;

  private ReadabilityExtractor(boolean extended) {
    this.extended = extended;
  }

  /** The straight port of Readability.js. */
  public static ReadabilityExtractor standard() {
    return new ReadabilityExtractor(false);
  }

  /** Readability4J's own extension of the port ({@code Readability4JExtended}). */
  public static ReadabilityExtractor extended() {
    return new ReadabilityExtractor(true);
  }

  /** The method's name in comparison tables. */
  public String name() {
    return extended ? "Readability4JExtended 1.0.8" : "Readability4J 1.0.8";
  }

  @Override
  public ExtractedPage extract(String html, String baseUrl) {
    // Readability4J needs a URI only to resolve relative links; it never fetches it.
    String uri = baseUrl == null ? "" : baseUrl;
    Readability4J readability =
        extended ? new Readability4JExtended(uri, html) : new Readability4J(uri, html);
    Article article = readability.parse();
    String text = article.getTextContent();
    return new ExtractedPage(
        article.getTitle(), text == null ? "" : text.strip(), null, null, null, null);
  }
}
