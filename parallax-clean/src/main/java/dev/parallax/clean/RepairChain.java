package dev.parallax.clean;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An immutable sequence of {@link TextRepair}s applied in order, each to the output of the one
 * before. Thread-safe when its repairs are (as their contract requires).
 */
public record RepairChain(List<TextRepair> repairs) {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  public RepairChain {
    repairs = List.copyOf(repairs);
    for (TextRepair repair : repairs) {
      String kind = repair.kind();
      if (kind == null || !KIND.matcher(kind).matches()) {
        throw new IllegalArgumentException(
            "repair kind must be lower-case words joined by hyphens: "
                + kind
                + " of "
                + repair.getClass().getName());
      }
    }
  }

  /** Applies every repair in order and counts the repairs made by kind. */
  public CleanedText apply(String text) {
    Objects.requireNonNull(text, "text");
    Map<String, Integer> counts = new TreeMap<>();
    String current = text;
    for (TextRepair repair : repairs) {
      Repaired repaired = repair.apply(current);
      if (repaired.count() > 0) {
        counts.merge(repair.kind(), repaired.count(), Integer::sum);
      }
      current = repaired.text();
    }
    return new CleanedText(current, counts);
  }
}
