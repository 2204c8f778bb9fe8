package dev.parallax.analyze.claim;

/** How the sources of a story agree on one measured thing. */
public enum Verdict {
  /** Every source states the same value or range with the same hedge. */
  AGREE,
  /** The values differ but could all be true ("13,000" and "12-13,000"; "at least 27" and 31). */
  COMPATIBLE,
  /** At least two sources state values that cannot both be true ("about 200", "more than 500"). */
  CONFLICT,
  /** Only one source states the value: nothing to compare. */
  SINGLE_SOURCE
}
