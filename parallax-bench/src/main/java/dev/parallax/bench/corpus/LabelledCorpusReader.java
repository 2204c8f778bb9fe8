package dev.parallax.bench.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a labelled JSONL corpus (fields {@code id}, {@code title}, {@code text}, {@code published}
 * and a gold label field) with Jackson, leniently: a broken line, a line without id, text or label,
 * a duplicate id or an unparseable date is recorded as a problem (file, line, reason) and the rest
 * is read. {@code published} may be an ISO instant, offset or local date-time (taken as UTC) or a
 * date (its start, UTC).
 */
public final class LabelledCorpusReader {
  /** Problems kept in the report; the rest are only counted. */
  public static final int MAX_PROBLEMS = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String labelField;

  public LabelledCorpusReader(String labelField) {
    this.labelField = Objects.requireNonNull(labelField, "labelField");
    if (labelField.isBlank()) {
      throw new IllegalArgumentException("labelField must not be blank");
    }
  }

  /** Reads {@code file} (UTF-8) and returns its labelled documents in stream order. */
  public LabelledCorpus read(Path file) throws IOException {
    List<NewsDocument> documents = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int[] problemCount = {0};
    Set<String> ids = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + number + ": ";
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          problem(problems, problemCount, where + "not JSON (" + e.getOriginalMessage() + ")");
          continue;
        }
        if (!node.isObject()) {
          problem(problems, problemCount, where + "not a JSON object");
          continue;
        }
        String id = text(node, "id");
        String body = text(node, "text");
        String label = text(node, labelField);
        if (id == null || body == null || label == null) {
          problem(
              problems,
              problemCount,
              where + "missing " + (id == null ? "id" : body == null ? "text" : labelField));
          continue;
        }
        if (!ids.add(id)) {
          problem(problems, problemCount, where + "duplicate id " + id + "; skipped");
          continue;
        }
        String date = text(node, "published");
        Instant published = date == null ? null : parseDate(date);
        if (date != null && published == null) {
          problem(problems, problemCount, where + "unparseable date '" + date + "'; kept undated");
        }
        documents.add(new NewsDocument(id, text(node, "title"), body, published));
        labels.add(label);
      }
    }
    return LabelledCorpus.inStreamOrder(documents, labels, problems, problemCount[0]);
  }

  /** An ISO instant, offset or local date-time (UTC) or date (start of day, UTC); else null. */
  static Instant parseDate(String value) {
    String s = value.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.endsWith("Z") || s.endsWith("z")) {
        return Instant.parse(s.toUpperCase(Locale.ROOT));
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }

  private static void problem(List<String> problems, int[] count, String message) {
    count[0]++;
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(message);
    }
  }
}
