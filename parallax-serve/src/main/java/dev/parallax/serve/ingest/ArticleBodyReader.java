package dev.parallax.serve.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.parallax.core.Article;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.Problem;
import dev.parallax.core.ProblemReport;
import dev.parallax.ingest.jsonl.JsonLinesReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the articles of a POST body: one JSON object, an array of objects, or JSON Lines (objects
 * one after another). Each object is an article exactly as a {@code .jsonl} line is (same fields,
 * same rules: {@link JsonLinesReader}); article numbers count from 1 in body order.
 *
 * <p>All or nothing: any problem (invalid JSON, a value that is not an object, a field of the wrong
 * type, no text, an unparseable date, more than {@code maxArticles}) makes the whole body invalid,
 * with every problem named. Thread-safe.
 */
public final class ArticleBodyReader {
  /** The name articles read from a request carry as their origin file. */
  public static final String ORIGIN = "api";

  /** What a body held: articles when valid, else the problems (bounded) and their count. */
  public record Result(List<Article> articles, List<Problem> problems, long problemCount) {
    public Result {
      articles = List.copyOf(articles);
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problemCount == 0;
    }
  }

  /** The body holds more articles than allowed. */
  public static final class TooManyArticlesException extends RuntimeException {
    public TooManyArticlesException(int maxArticles) {
      super("a request may hold at most " + maxArticles + " articles");
    }
  }

  private static final int MAX_PROBLEMS_KEPT = 100;

  private final JsonLinesReader lines;
  private final ObjectMapper mapper;
  private final int maxArticles;

  public ArticleBodyReader(HtmlExtractor extractor, int maxBodyBytes, int maxArticles) {
    Objects.requireNonNull(extractor, "extractor");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1: " + maxBodyBytes);
    }
    if (maxArticles < 1) {
      throw new IllegalArgumentException("maxArticles must be >= 1: " + maxArticles);
    }
    this.lines = new JsonLinesReader(extractor, maxBodyBytes);
    this.mapper =
        JsonMapper.builder(
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder().maxStringLength(maxBodyBytes).build())
                    .build())
            // As JsonLinesReader reads numbers, so kept fields are the same whichever way they
            // came.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    this.maxArticles = maxArticles;
  }

  /** Reads {@code body}; throws {@link TooManyArticlesException} past {@code maxArticles}. */
  public Result read(byte[] body) {
    ProblemReport problems = new ProblemReport(MAX_PROBLEMS_KEPT, null);
    List<JsonNode> objects = new ArrayList<>();
    // Streamed value by value: a root-level array is read element by element (so its size is
    // checked as it grows), and values after it are read too, never silently dropped.
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            add(mapper.readTree(parser), objects);
          }
        } else {
          add(mapper.readTree(parser), objects);
        }
      }
    } catch (JsonProcessingException e) {
      problems.add(ORIGIN, 0, "invalid JSON: " + e.getOriginalMessage() + at(e));
      return new Result(List.of(), problems.problems(), problems.total());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a request body held in memory", e);
    }
    if (objects.isEmpty()) {
      problems.add(ORIGIN, 0, "no articles: send a JSON object, an array of them, or JSON Lines");
      return new Result(List.of(), problems.problems(), problems.total());
    }
    List<Article> articles = new ArrayList<>();
    lines.read(ORIGIN, objects, articles::add, problems);
    return new Result(
        problems.isEmpty() ? articles : List.of(), problems.problems(), problems.total());
  }

  private void add(JsonNode value, List<JsonNode> objects) {
    if (value == null) {
      value = NullNode.getInstance();
    }
    if (value.isArray()) {
      value.forEach(objects::add);
    } else {
      objects.add(value);
    }
    if (objects.size() > maxArticles) {
      throw new TooManyArticlesException(maxArticles);
    }
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
