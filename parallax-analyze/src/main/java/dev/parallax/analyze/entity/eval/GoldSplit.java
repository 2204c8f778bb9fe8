package dev.parallax.analyze.entity.eval;

/** Which articles of the gold set to score. */
public enum GoldSplit {
  /** The articles rules may be tuned on. */
  DEV,
  /** The held-out articles the reported figures come from. */
  TEST,
  /** Both halves. */
  ALL;

  boolean includes(String articleSplit) {
    return this == ALL || name().equals(articleSplit);
  }
}
