package dev.parallax.core;

/** How an article relates to the earliest copy of its content already seen. */
public enum CopyKind {
  /** The first of its content: an original report. */
  ORIGINAL,
  /** The same normalised text as an earlier article. */
  EXACT,
  /** Nearly the same text (a syndicated wire copy, a lightly edited rewrite). */
  NEAR
}
