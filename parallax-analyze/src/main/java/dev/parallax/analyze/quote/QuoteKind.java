package dev.parallax.analyze.quote;

/** Whether a quote gives a speaker's own words or the reporter's rendering of them. */
public enum QuoteKind {
  /** Words inside quotation marks, or an embedded post, given as the speaker put them. */
  DIRECT,
  /**
   * The content clause of a verb of saying ("police said the men fled"), in the reporter's words.
   */
  REPORTED
}
