package dev.parallax.extract.meta;

import dev.parallax.extract.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD blocks: the first node, searched through
 * arrays and {@code @graph}s, whose {@code @type} is an article type; else the first node with a
 * {@code headline}. A block that is not JSON is skipped (pages carry plenty of broken ones).
 * Immutable.
 *
 * @param article the article node, empty when there is none
 */
public record JsonLd(Map<String, Object> article) {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "webpage",
          "creativework",
          "medicalwebpage",
          "itempage");

  public JsonLd {
    article = article == null ? Map.of() : article;
  }

  /** The article described by the {@code application/ld+json} scripts under {@code root}. */
  public static JsonLd read(Element root) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (Element script : root.select("script[type*=ld+json]")) {
      String data = script.data().strip();
      if (data.isEmpty() || data.length() > 2_000_000) {
        continue;
      }
      try {
        collect(Json.parse(data), nodes, 0);
      } catch (Json.MalformedJsonException e) {
        // A broken block is page debris, not our failure; the others may still be fine.
      }
    }
    Map<String, Object> best = null;
    int bestRank = Integer.MAX_VALUE;
    for (Map<String, Object> node : nodes) {
      int rank = rank(node);
      if (rank < bestRank) {
        best = node;
        bestRank = rank;
      }
    }
    return new JsonLd(bestRank == Integer.MAX_VALUE ? null : best);
  }

  private static int rank(Map<String, Object> node) {
    int rank = Integer.MAX_VALUE;
    for (String type : types(node)) {
      if (type.endsWith("article") || type.equals("blogposting") || type.endsWith("posting")) {
        rank = Math.min(rank, node.containsKey("articleBody") ? 0 : 1);
      } else if (ARTICLE_TYPES.contains(type)) {
        rank = Math.min(rank, node.containsKey("headline") ? 2 : 3);
      }
    }
    if (rank == Integer.MAX_VALUE && node.containsKey("headline")) {
      rank = 4;
    }
    return rank;
  }

  private static List<String> types(Map<String, Object> node) {
    List<String> out = new ArrayList<>();
    Object t = node.get("@type");
    if (t instanceof String s) {
      out.add(s.toLowerCase(Locale.ROOT));
    } else if (t instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof String s) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<Map<String, Object>> nodes, int depth) {
    if (depth > 5) {
      return;
    }
    if (value instanceof List<?> list) {
      for (Object o : list) {
        collect(o, nodes, depth + 1);
      }
    } else if (value instanceof Map<?, ?> map) {
      nodes.add((Map<String, Object>) map);
      Object graph = map.get("@graph");
      if (graph != null) {
        collect(graph, nodes, depth + 1);
      }
      Object main = map.get("mainEntity");
      if (main instanceof Map<?, ?>) {
        collect(main, nodes, depth + 1);
      }
    }
  }

  /** A string property of the article, or null. */
  public String string(String key) {
    Object v = article.get(key);
    if (v instanceof List<?> list && !list.isEmpty()) {
      v = list.get(0);
    }
    if (v instanceof Map<?, ?> m) {
      v = m.get("@value");
    }
    return v instanceof String s && !s.isBlank() ? s.strip() : null;
  }

  /** The names of the article's authors (strings, or objects with a {@code name}). */
  public List<String> authors() {
    List<String> out = new ArrayList<>();
    addNames(article.get("author"), out);
    if (out.isEmpty()) {
      addNames(article.get("creator"), out);
    }
    return out;
  }

  private static void addNames(Object v, List<String> out) {
    if (v instanceof String s && !s.isBlank()) {
      out.add(s.strip());
    } else if (v instanceof Map<?, ?> m) {
      Object name = m.get("name");
      if (name instanceof String s && !s.isBlank()) {
        out.add(s.strip());
      }
    } else if (v instanceof List<?> list) {
      for (Object o : list) {
        addNames(o, out);
      }
    }
  }
}
