package dev.parallax.analyze.claim;

import java.util.List;
import java.util.Objects;

/**
 * The claims of a story's sources about one measured thing, with the verdict on them.
 *
 * @param counted what is measured, normalised ("troop", "people killed"), empty when the claims
 *     were grouped by their context rather than by a counted noun
 * @param kind the kind of every claim in the group
 * @param values one claim per source, in the order the sources were given
 * @param verdict how the values relate
 */
public record ClaimGroup(String counted, ClaimKind kind, List<ClaimValue> values, Verdict verdict) {
  public ClaimGroup {
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("values must not be empty");
    }
  }
}
