package dev.parallax.ingest.jsonl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.Decoding;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.Origin;
import dev.parallax.core.ProblemReport;
import dev.parallax.core.PublicationDates;
import dev.parallax.ingest.internal.ArticleDraft;
import dev.parallax.ingest.internal.BoundedBytes;
import dev.parallax.ingest.internal.BoundedLineReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads JSON Lines ({@code .jsonl}, {@code .ndjson}, standard input): one article object per line,
 * origin file:line.
 *
 * <p>Known fields: {@code id, url, source, published} (else {@code date}), {@code title}, {@code
 * text}, {@code html}, {@code language}. {@code text} wins when present and not blank; otherwise
 * {@code html} goes through the {@link HtmlExtractor}, whose title, date, language and canonical
 * URL fill what the line left empty. Every other field is kept in {@link Article#fields()}: strings
 * as they are, other JSON values as their JSON text. Known fields given a non-string scalar use its
 * text; an object or array there is a problem.
 *
 * <p>Each bad line is one problem naming file and line, and reading goes on: invalid JSON, a value
 * that is not an object, no text or html, a line longer than {@code maxLineBytes} (skipped as it
 * streams past, never held). A line that is not UTF-8 is read as windows-1252 and reported. An
 * unparseable date is reported and the article kept without a date. Blank lines are ignored.
 * Thread-safe.
 */
public final class JsonLinesReader implements ArticleReader {
  private static final Set<String> KNOWN =
      Set.of("id", "url", "source", "published", "title", "text", "html", "language");

  private final HtmlExtractor extractor;
  private final int maxLineBytes;
  private final ObjectMapper mapper;

  public JsonLinesReader(HtmlExtractor extractor, int maxLineBytes) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.maxLineBytes = BoundedBytes.requireLimit("maxLineBytes", maxLineBytes);
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(Math.max(maxLineBytes, 1)).build())
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
  }

  @Override
  public void read(String name, InputStream in, Consumer<Article> sink, ProblemReport problems)
      throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes);
    BoundedLineReader.Line line;
    while ((line = lines.next()) != null) {
      long number = line.number();
      if (line.tooLong()) {
        problems.add(name, number, "line is longer than " + maxLineBytes + " bytes; skipped");
        continue;
      }
      Decoding.Decoded decoded = Decoding.line(line.bytes());
      if (decoded.text().isBlank()) {
        continue;
      }
      if (decoded.fellBack()) {
        problems.add(name, number, Decoding.FALLBACK_REASON);
      }
      JsonNode node;
      try {
        node = mapper.readTree(decoded.text());
      } catch (JsonProcessingException e) {
        problems.add(name, number, "invalid JSON: " + e.getOriginalMessage());
        continue;
      }
      accept(name, number, node, sink, problems);
    }
  }

  /**
   * Reads values already parsed (as from a request body), value {@code n} standing for line {@code
   * n + 1} of {@code name}, exactly as {@link #read} reads the lines of a file.
   */
  public void read(
      String name, List<JsonNode> values, Consumer<Article> sink, ProblemReport problems) {
    for (int i = 0; i < values.size(); i++) {
      accept(name, i + 1, values.get(i), sink, problems);
    }
  }

  private void accept(
      String name, long number, JsonNode node, Consumer<Article> sink, ProblemReport problems) {
    if (node == null || !node.isObject()) {
      problems.add(name, number, "not a JSON object; skipped");
      return;
    }
    Article article;
    try {
      article = toArticle(name, number, node, problems);
    } catch (RuntimeException e) {
      // One line that breaks a parser (the HTML extractor, a date) is that line's problem; the
      // rest of the file goes on. The sink's own failures are not caught here.
      problems.add(name, number, "could not be read: " + e);
      return;
    }
    if (article != null) {
      sink.accept(article);
    }
  }

  /** The article on one line, or null after reporting why there is none. */
  private Article toArticle(String name, long number, JsonNode node, ProblemReport problems) {
    for (String key : KNOWN) {
      JsonNode value = node.get(key);
      if (value != null && value.isContainerNode()) {
        problems.add(name, number, "field '" + key + "' must be a string; line skipped");
        return null;
      }
    }
    ArticleDraft draft = new ArticleDraft(name, new Origin(name, number));
    draft
        .id(string(node, "id"))
        .url(string(node, "url"))
        .source(string(node, "source"))
        .title(string(node, "title"))
        .language(string(node, "language"))
        .text(string(node, "text"));
    String date = string(node, "published");
    boolean dateFromDateField = false;
    if (date == null || date.isBlank()) {
      JsonNode dateNode = node.get("date");
      if (dateNode != null && !dateNode.isContainerNode()) {
        date = string(node, "date");
        dateFromDateField = true;
      }
    }
    if (date != null && !date.isBlank()) {
      Instant parsed = PublicationDates.parse(date).orElse(null);
      if (parsed == null) {
        problems.add(
            name, number, "unparseable date '" + date.strip() + "'; article kept without a date");
      }
      draft.published(parsed);
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (KNOWN.contains(e.getKey()) || (dateFromDateField && "date".equals(e.getKey()))) {
        continue;
      }
      JsonNode v = e.getValue();
      draft.field(e.getKey(), v.isTextual() ? v.textValue() : v.toString());
    }
    if (!draft.hasText()) {
      String html = string(node, "html");
      if (html == null || html.isBlank()) {
        problems.add(name, number, "no text or html; skipped");
        return null;
      }
      ExtractedPage page = extractor.extract(html, draft.url());
      if (!page.hasArticle()) {
        problems.add(name, number, "no article text found in html; skipped");
        return null;
      }
      draft.text(page.text());
      if (draft.title() == null) {
        draft.title(page.title());
      }
      if (draft.published() == null) {
        draft.published(page.published());
      }
      if (draft.language() == null) {
        draft.language(page.language());
      }
      if (draft.url() == null) {
        draft.url(page.canonicalUrl());
      }
    }
    return draft.toArticle();
  }

  private static String string(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isTextual() ? v.textValue() : v.asText();
  }
}
