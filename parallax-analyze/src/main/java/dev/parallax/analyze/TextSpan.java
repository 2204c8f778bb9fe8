package dev.parallax.analyze;

/**
 * A stretch of an analysed text, by offsets.
 *
 * @param start offset of its first char
 * @param end offset just past its last char
 */
public record TextSpan(int start, int end) {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
