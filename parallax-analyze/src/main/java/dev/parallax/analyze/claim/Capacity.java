package dev.parallax.analyze.claim;

import java.util.Set;

/**
 * Whether a count is what a place can hold rather than how many were there: "the stadium holds
 * 60,000 fans", "the arena seats 20,000", "a capacity of 60,000". A capacity and a count of those
 * who came ("a crowd of 45,000 watched") are different things of one dimension, so {@link Contrast}
 * parts them; two capacities are one thing however worded ("holds 60,000 fans", "has a capacity of
 * 60,000"), so {@link ClaimGrouper} gives both sentences the word "capacity".
 *
 * <p>A count is a capacity when its counted noun is "capacity" (not "overcapacity"), or when a verb
 * of seating or accommodating stands right before its number and it counts persons or nothing, or
 * when "hold" or "holds" does and it counts nothing or those a place takes in (fans, spectators,
 * people, seats, visitors, guests, worshippers, passengers, students, pupils): "the stadium holds
 * 60,000 fans", but not "Hamas holds 100 hostages" or "Police hold 12 suspects". Stateless and
 * thread-safe.
 */
final class Capacity {
  private Capacity() {}

  /** The word a capacity adds to its sentence's context. */
  static final String WORD = "capacity";

  /** Verbs of seating before a number that make a count of persons a capacity ("seats 20,000"). */
  private static final Set<String> VERBS =
      Set.of("seat", "seats", "seating", "accommodate", "accommodates", "accommodating");

  /** Verbs of holding, which make a capacity only of nothing or of {@link #HELD}. */
  private static final Set<String> HOLDING = Set.of("hold", "holds");

  /** The heads a place holds as its capacity ("holds 60,000 fans"), singular and plural. */
  private static final Set<String> HELD =
      Set.of(
          "fan",
          "fans",
          "spectator",
          "spectators",
          "person",
          "people",
          "seat",
          "seats",
          "visitor",
          "visitors",
          "guest",
          "guests",
          "worshipper",
          "worshippers",
          "worshiper",
          "worshipers",
          "passenger",
          "passengers",
          "student",
          "students",
          "pupil",
          "pupils");

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
    if (WORD.equals(head)) {
      return true;
    }
    String verb = StateWords.wordBefore(v.sentence(), v.claim().text());
    if (verb == null) {
      return false;
    }
    if (HOLDING.contains(verb)) {
      return head == null || HELD.contains(head);
    }
    return VERBS.contains(verb) && (head == null || Counted.isPersonHead(head));
  }
}
