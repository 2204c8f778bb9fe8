package dev.parallax.core;

import java.util.Objects;

/** One piece of input Parallax could not take as it was: where it is and why. */
public record Problem(Origin where, String reason) {
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(reason, "reason");
  }

  public static Problem at(String file, long line, String reason) {
    return new Problem(new Origin(file, line), reason);
  }

  @Override
  public String toString() {
    return where + ": " + reason;
  }
}
