package dev.parallax.analyze.entity.eval;

import dev.parallax.analyze.entity.EntityType;
import dev.parallax.analyze.eval.Prf;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The recognizer's scores on one split of the gold set.
 *
 * @param split the split scored
 * @param articles the number of articles scored
 * @param strict exact span and exact type
 * @param untyped exact span, any type
 * @param byType exact span and type, for each type (predicted and gold mentions of that type)
 * @param errors the mismatches, one line each ("missed", "spurious", "wrong type"), in article
 *     order
 * @param problems gold lines that could not be used (unknown article, offsets that no longer fit
 *     the text); empty when the gold set and the data agree
 */
public record EntityScores(
    GoldSplit split,
    int articles,
    Prf strict,
    Prf untyped,
    Map<EntityType, Prf> byType,
    List<String> errors,
    List<String> problems) {
  public EntityScores {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(strict, "strict");
    Objects.requireNonNull(untyped, "untyped");
    byType = Map.copyOf(byType);
    errors = List.copyOf(errors);
    problems = List.copyOf(problems);
  }

  /** A few lines for people: the three kinds of figures. */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s (%d articles)%n", split, articles));
    b.append("  strict   ").append(strict).append('\n');
    b.append("  untyped  ").append(untyped).append('\n');
    for (EntityType t : EntityType.values()) {
      Prf p = byType.get(t);
      if (p != null) {
        b.append(String.format(Locale.ROOT, "  %-13s", t)).append(p).append('\n');
      }
    }
    if (!problems.isEmpty()) {
      b.append("  ").append(problems.size()).append(" gold problems, first: ");
      b.append(problems.get(0)).append('\n');
    }
    return b.toString();
  }
}
