package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.core.Article;
import dev.parallax.core.Assignment;
import dev.parallax.core.CopyKind;
import dev.parallax.core.Story;
import dev.parallax.serve.json.StoryJson;
import dev.parallax.store.StoredArticle;
import dev.parallax.store.StoryDetail;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Text and JSON views of stories and articles. All times are UTC. */
final class Views {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Views() {}

  static void printJson(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** The JSON of {@code story --json}: the same as the HTTP API's story (one implementation). */
  static Map<String, Object> storyJson(StoryDetail detail) {
    return StoryJson.story(detail);
  }

  static Map<String, Object> storiesJson(List<Story> stories) {
    List<Object> list = new ArrayList<>();
    for (Story s : stories) {
      list.add(StoryJson.header(s));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stories", list);
    return out;
  }

  static void printStories(PrintWriter out, List<Story> stories) {
    if (stories.isEmpty()) {
      out.println("no stories");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-14s %5s %5s  %-16s  %-16s  %s%n",
        "STORY",
        "ARTS",
        "SRCS",
        "FIRST SEEN",
        "LAST SEEN",
        "HEADLINE");
    for (Story s : stories) {
      out.printf(
          Locale.ROOT,
          "%-14s %5d %5d  %-16s  %-16s  %s%n",
          s.id(),
          s.articleCount(),
          s.sourceCount(),
          MINUTES.format(s.firstSeen()),
          MINUTES.format(s.lastSeen()),
          oneLine(s.headline(), 90));
    }
  }

  static void printStory(PrintWriter out, StoryDetail detail) {
    Story s = detail.story();
    out.printf(Locale.ROOT, "%s  %s%n", s.id(), s.headline());
    out.printf(
        Locale.ROOT,
        "%d articles from %d sources (%d independent), %s to %s UTC%n%n",
        s.articleCount(),
        s.sourceCount(),
        s.independentSources(),
        MINUTES.format(s.firstSeen()),
        MINUTES.format(s.lastSeen()));
    Map<String, StoredArticle> byId = new HashMap<>();
    for (StoredArticle a : detail.articles()) {
      byId.put(a.article().id(), a);
    }
    for (StoredArticle stored : detail.articles()) {
      Article a = stored.article();
      String title = a.title() != null ? a.title() : oneLine(a.text(), 80);
      out.printf(
          Locale.ROOT,
          "%-16s  %-22s  %s%n",
          MINUTES.format(stored.seen()),
          oneLine(a.source(), 22),
          oneLine(title, 90));
      Assignment asg = stored.assignment();
      String line = "  " + a.id() + (a.url() != null ? "  " + a.url() : "");
      out.printf(Locale.ROOT, "%18s%s%n", "", line.strip());
      if (asg.copyKind() != CopyKind.ORIGINAL) {
        StoredArticle origin = byId.get(asg.copyOf());
        String originSource = origin == null ? "" : " (" + origin.article().source() + ")";
        out.printf(
            Locale.ROOT,
            "%18s%s %s%s, similarity %.2f%n",
            "",
            switch (asg.copyKind()) {
              case EXACT -> "exact copy of";
              case NEAR -> "near copy of";
              default -> "rewrite of";
            },
            asg.copyOf(),
            originSource,
            asg.copySimilarity());
      }
    }
  }

  static String oneLine(String s, int maxChars) {
    String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
    return t.length() <= maxChars ? t : t.substring(0, maxChars - 1) + "…";
  }
}
