package dev.parallax.analyze.claim;

import java.util.Set;

/**
 * Whether a count is what a place can hold rather than how many were there: "the stadium holds
 * 60,000 fans", "the arena seats 20,000", "a capacity of 60,000". A capacity and a count of those
 * who came ("a crowd of 45,000 watched") are different things of one dimension, so {@link Contrast}
 * parts them; two capacities are one thing however worded ("holds 60,000 fans", "has a capacity of
 * 60,000"), so {@link ClaimGrouper} gives both sentences the word "capacity".
 *
 * <p>A count is a capacity when its counted noun is "capacity", or when a verb of holding stands
 * right before its number and it counts persons or nothing ("holds 200 seats" in a parliament is no
 * capacity). Stateless and thread-safe.
 */
final class Capacity {
  private Capacity() {}

  /** The word a capacity adds to its sentence's context. */
  static final String WORD = "capacity";

  /** Verbs of holding before a number that make it a capacity ("holds 60,000"). */
  private static final Set<String> VERBS =
      Set.of(
          "hold",
          "holds",
          "seat",
          "seats",
          "seating",
          "accommodate",
          "accommodates",
          "accommodating");

  /**
   * Whether a claim counts a capacity (see the class comment).
   *
   * @param v the claim and its sentence
   * @param head the claim's normalised counted head ({@link Counted#head}), null when none
   */
  static boolean of(ClaimValue v, String head) {
    if (v.claim().kind() != ClaimKind.COUNT) {
      return false;
    }
    if (head != null && head.endsWith(WORD)) {
      return true;
    }
    if (head != null && !Counted.isPersonHead(head)) {
      return false;
    }
    String verb = StateWords.wordBefore(v.sentence(), v.claim().text());
    return verb != null && VERBS.contains(verb);
  }
}
