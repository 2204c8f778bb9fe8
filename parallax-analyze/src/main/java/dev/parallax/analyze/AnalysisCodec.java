package dev.parallax.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stored form of an {@link ArticleAnalysis}: compact JSON of its records. Thread-safe. Decoding
 * fails with an {@link IllegalArgumentException} naming the problem, never with null.
 */
public final class AnalysisCodec {
  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private AnalysisCodec() {}

  /** Encodes an analysis for the store. */
  public static String encode(ArticleAnalysis analysis) {
    try {
      return JSON.writeValueAsString(analysis);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode an analysis: " + e.getMessage(), e);
    }
  }

  /** Decodes a stored analysis. */
  public static ArticleAnalysis decode(String encoded) {
    try {
      return JSON.readValue(encoded, ArticleAnalysis.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a stored analysis: " + e.getOriginalMessage(), e);
    }
  }
}
