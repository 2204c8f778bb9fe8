package dev.parallax.ingest.internal;

import dev.parallax.core.Article;
import dev.parallax.core.Origin;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of one article as a reader finds them, before the rules every reader shares: trimmed
 * title and text, blank treated as absent, source from the input else the URL host (without {@code
 * www.}) else the parent folder of the input (or {@code stdin}), id from the input else {@link
 * Article#deriveId}. Mutable and confined to the reading thread; one per article.
 */
public final class ArticleDraft {
  private final String inputName;
  private final Origin origin;
  private String id;
  private String source;
  private String url;
  private Instant published;
  private String title;
  private String text;
  private String language;
  private final Map<String, String> fields = new TreeMap<>();
  private boolean metadata;

  public ArticleDraft(String inputName, Origin origin) {
    this.inputName = inputName;
    this.origin = origin;
  }

  public ArticleDraft id(String value) {
    id = blankToNull(value);
    return this;
  }

  public ArticleDraft source(String value) {
    source = blankToNull(value);
    return this;
  }

  public ArticleDraft url(String value) {
    url = blankToNull(value);
    return this;
  }

  public ArticleDraft published(Instant value) {
    published = value;
    return this;
  }

  public ArticleDraft title(String value) {
    title = blankToNull(value);
    return this;
  }

  public ArticleDraft text(String value) {
    text = blankToNull(value);
    return this;
  }

  public ArticleDraft language(String value) {
    language = blankToNull(value);
    return this;
  }

  public ArticleDraft field(String key, String value) {
    if (value != null) {
      fields.put(key, value);
    }
    return this;
  }

  public String url() {
    return url;
  }

  public String title() {
    return title;
  }

  public Instant published() {
    return published;
  }

  public String language() {
    return language;
  }

  public String source() {
    return source;
  }

  /** Notes that the input carried metadata (a reader's own bookkeeping). */
  public void markMetadata() {
    metadata = true;
  }

  public boolean hasMetadata() {
    return metadata;
  }

  public boolean hasText() {
    return text != null;
  }

  /**
   * The article. Callers check {@link #hasText()} first and report a blank text as a problem.
   *
   * @throws IllegalStateException when the text is blank
   */
  public Article toArticle() {
    if (text == null) {
      throw new IllegalStateException("an article needs text: " + origin);
    }
    String src = source != null ? source : hostOf(url);
    if (src == null) {
      src = folderOf(inputName);
    }
    String articleId = id != null ? id : Article.deriveId(src, url, title, text);
    return new Article(articleId, src, url, published, title, text, language, fields, origin);
  }

  /**
   * The lower-case host of {@code url} without a leading {@code www.}, or null when it has none.
   */
  public static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") && host.length() > 4 ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The name of the folder holding input {@code name}; {@code stdin} for {@code -}. */
  public static String folderOf(String name) {
    if ("-".equals(name)) {
      return "stdin";
    }
    try {
      Path parent = Path.of(name).toAbsolutePath().normalize().getParent();
      if (parent != null && parent.getFileName() != null) {
        return parent.getFileName().toString();
      }
    } catch (InvalidPathException e) {
      // a name that is no path (a test's label): fall through to the generic source
    }
    return "unknown";
  }

  private static String blankToNull(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    return s.isEmpty() ? null : s;
  }
}
