package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parallax.analyze.claim.ClaimGroup;
import dev.parallax.analyze.claim.ClaimValue;
import dev.parallax.analyze.claim.Verdict;
import dev.parallax.analyze.quote.QuoteGroup;
import dev.parallax.analyze.quote.QuoteVariant;
import dev.parallax.analyze.story.StoryAnalysis;
import dev.parallax.analyze.story.SummarySentence;
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
import java.util.regex.Pattern;

/** Text and JSON views of stories and articles. All times are UTC. */
final class Views {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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

  /**
   * The text view of a story: header, summary, numbers where sources disagree (first), the other
   * numbers, quotes, names, then its articles.
   */
  static void printStory(PrintWriter out, StoryDetail detail, StoryAnalysis analysis) {
    printHeader(out, detail);
    if (!analysis.summary().isEmpty()) {
      out.println("Summary");
      for (SummarySentence s : analysis.summary()) {
        out.printf(Locale.ROOT, "  %s (%s)%n", oneLine(s.text(), 300), s.source());
      }
      out.println();
    }
    List<ClaimGroup> conflicts = analysis.conflicts();
    if (!conflicts.isEmpty()) {
      out.println("Where the sources disagree");
      conflicts.forEach(c -> printClaim(out, c));
      out.println();
    }
    List<ClaimGroup> shared =
        analysis.claims().stream()
            .filter(c -> c.verdict() == Verdict.AGREE || c.verdict() == Verdict.COMPATIBLE)
            .toList();
    if (!shared.isEmpty()) {
      out.println("Numbers several sources give");
      shared.forEach(c -> printClaim(out, c));
      out.println();
    }
    if (!analysis.quotes().isEmpty()) {
      out.println("Quotes");
      for (QuoteGroup g : analysis.quotes()) {
        out.printf(
            Locale.ROOT,
            "  %s (%d version%s)%n",
            g.speaker().known() ? g.speaker().name() : "unattributed",
            g.variants().size(),
            g.variants().size() == 1 ? "" : "s");
        for (QuoteVariant v : g.variants()) {
          out.printf(Locale.ROOT, "    \"%s\" (%s)%n", oneLine(v.quote().text(), 200), v.source());
        }
      }
      out.println();
    }
    if (!analysis.entities().isEmpty()) {
      StringBuilder names = new StringBuilder("Names:");
      analysis.entities().stream()
          .limit(15)
          .forEach(
              e ->
                  names
                      .append(' ')
                      .append(e.canonical())
                      .append(" (")
                      .append(e.sources())
                      .append(')'));
      out.println(names);
      out.println();
    }
    printArticles(out, detail);
  }

  private static void printClaim(PrintWriter out, ClaimGroup c) {
    out.printf(
        Locale.ROOT,
        "  %s: %s%n",
        c.counted() == null || c.counted().isEmpty()
            ? c.kind().name().toLowerCase(Locale.ROOT)
            : c.counted(),
        c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    for (ClaimValue v : c.values()) {
      out.printf(Locale.ROOT, "    %-14s %s%n", v.claim().text(), v.source());
    }
  }

  private static void printHeader(PrintWriter out, StoryDetail detail) {
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
  }

  private static void printArticles(PrintWriter out, StoryDetail detail) {
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
    String t = s == null ? "" : WHITESPACE.matcher(s.strip()).replaceAll(" ");
    return t.length() <= maxChars ? t : t.substring(0, maxChars - 1) + "…";
  }
}
