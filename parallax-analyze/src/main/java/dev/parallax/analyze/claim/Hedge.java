package dev.parallax.analyze.claim;

/** How a claim qualifies its number. */
public enum Hedge {
  /** The number as such: "27 people". */
  EXACT,
  /** Approximately: "about", "around", "roughly", "some", "nearly", "almost", "an estimated". */
  ABOUT,
  /** The number or more: "at least", "or more", "200-plus". */
  AT_LEAST,
  /** Strictly more: "more than", "over", "upwards of". */
  MORE_THAN,
  /** The number or fewer: "at most", "no more than", "or fewer". */
  AT_MOST,
  /** A ceiling that may be reached: "up to", "as many as". */
  UP_TO,
  /** Strictly fewer: "fewer than", "less than", "under". */
  LESS_THAN
}
