package dev.parallax.analyze.claim;

import java.util.Objects;

/**
 * One number a text states, with what it counts or measures.
 *
 * <p>{@code low} and {@code high} are the numbers as stated, in the unit given: equal for a single
 * number ("about 13,000": 13000, 13000, {@link Hedge#ABOUT}), the bounds of a range ("12-13,000":
 * 12000, 13000), never infinite; the hedge says how to read them. Dates are encoded as numbers so
 * that they compare: a full date as yyyymmdd with unit "date" (20200211), a month as yyyymm00 with
 * unit "month", a year as yyyy with unit "year", a weekday as 1 (Monday) to 7 with unit "weekday".
 * A change "from X to Y" gives two claims whose counted things differ: the value that is not the
 * current one gets a qualifier, "troops (target)" or "death toll (previous)".
 *
 * @param text the claim as written, hedge and unit included ("at least 27", "$5bn")
 * @param start offset of its first char in the analysed text
 * @param end offset just past its last char
 * @param low the lower (or only) number
 * @param high the upper (or only) number, at least {@code low}
 * @param hedge how the number is qualified
 * @param unit the currency, unit or time unit, empty for plain counts
 * @param counted the head noun phrase of what is counted or measured ("US troops", "people killed",
 *     "death toll"), empty when the text does not say
 * @param kind what sort of quantity it is
 */
public record NumericClaim(
    String text,
    int start,
    int end,
    double low,
    double high,
    Hedge hedge,
    String unit,
    String counted,
    ClaimKind kind) {
  public NumericClaim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(hedge, "hedge");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException("bad range low=" + low + ", high=" + high);
    }
  }

  /** {@link #counted()} normalised for comparison (see {@link Counted#normalize}). */
  public String normalizedCounted() {
    return Counted.normalize(counted);
  }
}
