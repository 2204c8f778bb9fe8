package dev.parallax.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Parses the CLI's JSON output in tests. */
final class JsonOut {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonOut() {}

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }
}
