package dev.parallax.core;

/** How an article relates to the earliest copy of its content already seen. */
public enum CopyKind {
  /** The first of its content: an original report. */
  ORIGINAL,
  /** The same normalised text as an earlier article. */
  EXACT,
  /** Nearly the same text (a syndicated wire copy, a lightly edited version). */
  NEAR,
  /**
   * The same facts in new words: not a copy of the text, but so close in content to an earlier
   * article of its story that it is taken to be derived from it (a rewritten wire story).
   */
  REWRITE
}
