package dev.parallax.analyze.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the article texts of the ECB+ corpus ({@code ecbplus.jsonl}: one flat JSON object per line
 * with string fields {@code id}, {@code title}, {@code text}, ...), which is not part of the
 * repository. The location is the system property {@code parallax.ecbplus}, else {@link
 * #DEFAULT_PATH}.
 */
public final class EcbPlusTexts {
  /** Where the corpus lies on the project's machines. */
  public static final String DEFAULT_PATH = "/work/shared/data/ecbplus/ecbplus.jsonl";

  private EcbPlusTexts() {}

  /** The corpus file, whether or not it exists. */
  public static Path path() {
    return Path.of(System.getProperty("parallax.ecbplus", DEFAULT_PATH));
  }

  /** Whether the corpus file can be read. */
  public static boolean available() {
    return Files.isReadable(path());
  }

  /** Article text by id, in file order. */
  public static Map<String, String> texts() {
    return texts(path());
  }

  /** Article text by id, in file order, from an ECB+ file at another place. */
  public static Map<String, String> texts(Path path) {
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      Map<String, String> out = new LinkedHashMap<>();
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, String> fields = parseFlatObject(line);
        out.put(fields.get("id"), fields.getOrDefault("text", ""));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Parses one flat JSON object whose values are strings or bare literals. */
  static Map<String, String> parseFlatObject(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    int[] pos = {json.indexOf('{') + 1};
    while (true) {
      skipSpace(json, pos);
      if (pos[0] >= json.length() || json.charAt(pos[0]) == '}') {
        return out;
      }
      String key = string(json, pos);
      skipSpace(json, pos);
      pos[0]++; // ':'
      skipSpace(json, pos);
      String value;
      if (json.charAt(pos[0]) == '"') {
        value = string(json, pos);
      } else {
        int start = pos[0];
        while (pos[0] < json.length() && ",}".indexOf(json.charAt(pos[0])) < 0) {
          pos[0]++;
        }
        value = json.substring(start, pos[0]).strip();
      }
      out.put(key, value);
      skipSpace(json, pos);
      if (pos[0] < json.length() && json.charAt(pos[0]) == ',') {
        pos[0]++;
      }
    }
  }

  private static void skipSpace(String s, int[] pos) {
    while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
      pos[0]++;
    }
  }

  private static String string(String s, int[] pos) {
    StringBuilder b = new StringBuilder();
    int i = pos[0] + 1;
    while (s.charAt(i) != '"') {
      char c = s.charAt(i);
      if (c == '\\') {
        char e = s.charAt(++i);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case 'r' -> b.append('\r');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      } else {
        b.append(c);
      }
      i++;
    }
    pos[0] = i + 1;
    return b.toString();
  }
}
