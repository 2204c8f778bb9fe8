package dev.parallax.analyze.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Article texts of an evaluation corpus kept outside the repository (a JSONL file of objects with
 * {@code id} and {@code text}, such as ECB+): the texts the hand-made gold sets point into.
 *
 * @param texts text by article id, in file order
 * @param problems lines that are not JSON and wanted articles that are missing, each naming the
 *     file (and line)
 */
public record CorpusTexts(Map<String, String> texts, List<String> problems) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public CorpusTexts {
    texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    problems = List.copyOf(problems);
  }

  /**
   * Reads the texts of the {@code wanted} articles (all when null).
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static CorpusTexts read(Path jsonl, Set<String> wanted) {
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          String id = node.path("id").asText(null);
          if (id != null && (wanted == null || wanted.contains(id)) && node.hasNonNull("text")) {
            texts.put(id, node.get("text").asText());
          }
        } catch (IOException e) {
          problems.add(jsonl + ":" + number + ": not JSON: " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
    }
    if (wanted != null) {
      for (String id : wanted) {
        if (!texts.containsKey(id)) {
          problems.add("article " + id + " is not in " + jsonl);
        }
      }
    }
    return new CorpusTexts(texts, problems);
  }
}
