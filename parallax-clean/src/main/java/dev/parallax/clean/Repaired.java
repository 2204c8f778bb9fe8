package dev.parallax.clean;

import java.util.Objects;

/** A text after one {@link TextRepair}, with the number of repairs made ({@code 0}: unchanged). */
public record Repaired(String text, int count) {
  public Repaired {
    Objects.requireNonNull(text, "text");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }

  /** The text as it was, with no repairs. */
  public static Repaired unchanged(String text) {
    return new Repaired(text, 0);
  }
}
