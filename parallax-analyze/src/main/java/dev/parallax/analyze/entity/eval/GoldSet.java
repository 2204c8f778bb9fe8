package dev.parallax.analyze.entity.eval;

import dev.parallax.analyze.entity.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-annotated gold set: which split each article is in, and its mentions.
 *
 * <p>Format: tab-separated lines {@code article_id start end type mention}; {@code #} starts a
 * comment; {@code #@split NAME id id ...} puts articles in a split. Malformed lines are recorded as
 * problems and skipped.
 *
 * @param splitByArticle the split of each article, in file order
 * @param mentions the gold mentions of each article
 * @param problems the lines that could not be read, with their line numbers
 */
record GoldSet(
    Map<String, String> splitByArticle,
    Map<String, List<GoldMention>> mentions,
    List<String> problems) {

  /** One gold mention; {@code text} must equal the article text between the offsets. */
  record GoldMention(int start, int end, EntityType type, String text, int line) {}

  /** Where the gold set that ships with Parallax lies on the class path. */
  static final String BUNDLED = "/dev/parallax/analyze/entity/ecbplus-entities-gold.tsv";

  static GoldSet read(Path tsv) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      return read(in, tsv.getFileName().toString());
    }
  }

  /** The gold set that ships with Parallax. */
  static GoldSet bundled() throws IOException {
    InputStream stream = GoldSet.class.getResourceAsStream(BUNDLED);
    if (stream == null) {
      throw new IOException(BUNDLED + " is not on the class path");
    }
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return read(in, "ecbplus-entities-gold.tsv");
    }
  }

  private static GoldSet read(BufferedReader in, String name) throws IOException {
    Map<String, String> splits = new LinkedHashMap<>();
    Map<String, List<GoldMention>> mentions = new HashMap<>();
    List<String> problems = new ArrayList<>();
    {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.startsWith("#@split ")) {
          String[] parts = line.substring("#@split ".length()).trim().split("\\s+");
          for (int i = 1; i < parts.length; i++) {
            splits.put(parts[i], parts[0]);
          }
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        try {
          if (f.length != 5) {
            throw new IllegalArgumentException("expected 5 tab-separated fields, got " + f.length);
          }
          GoldMention m =
              new GoldMention(
                  Integer.parseInt(f[1]),
                  Integer.parseInt(f[2]),
                  EntityType.valueOf(f[3]),
                  f[4],
                  number);
          mentions.computeIfAbsent(f[0], k -> new ArrayList<>()).add(m);
        } catch (IllegalArgumentException e) {
          problems.add(name + ":" + number + ": " + e.getMessage());
        }
      }
    }
    for (String article : mentions.keySet()) {
      if (!splits.containsKey(article)) {
        problems.add(name + ": article " + article + " is in no #@split line");
      }
    }
    return new GoldSet(splits, mentions, problems);
  }
}
