package dev.parallax.clean;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A text after a {@link RepairChain}, with the number of repairs made of each kind (kind name →
 * count, in kind order; kinds with no repairs are absent).
 */
public record CleanedText(String text, Map<String, Integer> repairs) {
  public CleanedText {
    Objects.requireNonNull(text, "text");
    TreeMap<String, Integer> copy = new TreeMap<>();
    repairs.forEach(
        (kind, count) -> {
          Objects.requireNonNull(kind, "repair kind");
          if (count == null || count < 0) {
            throw new IllegalArgumentException(
                "repair count for " + kind + " must be >= 0: " + count);
          }
          if (count > 0) {
            copy.put(kind, count);
          }
        });
    repairs = Collections.unmodifiableMap(copy);
  }

  /** The number of repairs of all kinds. */
  public int totalRepairs() {
    return repairs.values().stream().mapToInt(Integer::intValue).sum();
  }
}
