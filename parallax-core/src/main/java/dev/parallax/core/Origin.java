package dev.parallax.core;

import java.util.Objects;

/**
 * Where an article was read from: a file (or {@code -} for standard input) and a 1-based line, or
 * line 0 when the article is the whole file or the reader cannot tell a line.
 */
public record Origin(String file, long line) {
  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  public static Origin file(String file) {
    return new Origin(file, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
