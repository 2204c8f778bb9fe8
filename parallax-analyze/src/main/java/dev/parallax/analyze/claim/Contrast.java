package dev.parallax.analyze.claim;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evidence that two claims of one dimension measure different things, read from their {@link
 * ClaimFrame frames}. Only known differences count; a word that is merely unlike another is no
 * contrast ("paintings" and "artworks" may be one thing):
 *
 * <ul>
 *   <li>{@code counted}: their counted things are set apart by a qualifier ("troops (target)"),
 *       "other" on one side, or proper modifiers with none in common ({@link Counted#setApart});
 *   <li>{@code predicate}: both state casualty or event predicates and share none (arrested vs
 *       injured, killed vs injured, destroyed vs damaged, cancelled vs added);
 *   <li>{@code head}: both counted nouns are in known classes and the classes differ (revenue vs
 *       profit, homes vs jobs), but for generic people and a kind of person (people, migrants);
 *   <li>{@code nouns}: the sentences say the same but for their counted nouns ("the museum received
 *       8 paintings", "... 8 sculptures"): the one word changed is what differs;
 *   <li>{@code object}: a mass, volume or area of different things ("3 tonnes of cannabis", "500kg
 *       of cocaine"), neither of which the other sentence names;
 *   <li>{@code names}: both have names near the claim and share none ("in Leeds", "in York");
 *   <li>{@code date}: their sentences give different dates of one unit (2019 and 2021, Monday and
 *       Friday), or one a year and the other "now" or "today".
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class Contrast {
  private Contrast() {}

  /** The first contrast between two frames, by name (see the class comment), or empty. */
  static Optional<String> between(ClaimFrame a, ClaimFrame b) {
    String ca = a.value().claim().counted();
    String cb = b.value().claim().counted();
    if ((!ca.isEmpty() || !cb.isEmpty()) && Counted.setApart(ca, cb)) {
      return Optional.of("counted");
    }
    if (!a.predicates().isEmpty()
        && !b.predicates().isEmpty()
        && disjoint(a.predicates(), b.predicates())) {
      return Optional.of("predicate");
    }
    if (a.duration() || b.duration()) {
      return setting(a, b); // a duration's head is a verb: "held", "questioned"
    }
    if (headsDiffer(a.head(), b.head())) {
      return Optional.of("head");
    }
    if (a.object() != null
        && b.object() != null
        && !a.object().equals(b.object())
        && !b.words().contains(a.object())
        && !a.words().contains(b.object())) {
      return Optional.of("object");
    }
    if (a.headDiffers(b)
        && !Counted.isGenericPeople(a.head())
        && !Counted.isGenericPeople(b.head())
        && !a.rest().isEmpty()
        && a.rest().equals(b.rest())) {
      return Optional.of("nouns");
    }
    return setting(a, b);
  }

  /**
   * The contrasts of where and when alone ({@code names}, {@code date}): they set apart even claims
   * whose counted things match ("12 people hurt in Leeds", "20 people hurt in York").
   */
  static Optional<String> setting(ClaimFrame a, ClaimFrame b) {
    if (!a.names().isEmpty() && !b.names().isEmpty() && disjoint(a.names(), b.names())) {
      return Optional.of("names");
    }
    if (datesDiffer(a, b)) {
      return Optional.of("date");
    }
    return Optional.empty();
  }

  private static boolean headsDiffer(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    if (!Counted.isKnownHead(a) || !Counted.isKnownHead(b)) {
      return false;
    }
    boolean people =
        (Counted.isGenericPeople(a) && Counted.isPersonHead(b))
            || (Counted.isGenericPeople(b) && Counted.isPersonHead(a));
    return !people;
  }

  private static boolean datesDiffer(ClaimFrame a, ClaimFrame b) {
    for (Map.Entry<String, Set<Double>> e : a.dates().entrySet()) {
      Set<Double> other = b.dates().get(e.getKey());
      if (other != null && disjoint(e.getValue(), other)) {
        return true;
      }
    }
    boolean yearA = a.dates().containsKey("year");
    boolean yearB = b.dates().containsKey("year");
    return (yearA && !yearB && b.present()) || (yearB && !yearA && a.present());
  }

  private static <T> boolean disjoint(Set<T> a, Set<T> b) {
    Set<T> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.isEmpty();
  }
}
