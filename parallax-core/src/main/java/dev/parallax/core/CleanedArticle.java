package dev.parallax.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** An article after cleaning, with the number of repairs made of each kind (kind name → count). */
public record CleanedArticle(Article article, Map<String, Integer> repairs) {
  public CleanedArticle {
    Objects.requireNonNull(article, "article");
    repairs = java.util.Collections.unmodifiableMap(new TreeMap<>(repairs));
  }
}
