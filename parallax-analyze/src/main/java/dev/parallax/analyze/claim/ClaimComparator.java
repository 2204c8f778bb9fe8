package dev.parallax.analyze.claim;

import java.util.List;
import java.util.Objects;

/**
 * Decides whether numeric claims about one measured thing agree.
 *
 * <p>Each claim is read as the interval of true values it allows, in the base unit of its dimension
 * (so "5 miles" meets "8 km" and "seven days" meets "a week"):
 *
 * <ul>
 *   <li>EXACT: the number or range as stated, widened by rounding slack when the number is round: a
 *       number whose last non-zero digit is in the hundreds or above ("13,000", "1.2 million") may
 *       stand for anything within half that digit, at most {@value #MAX_ROUNDING_SHARE} of the
 *       number (13,000 covers 12,675 to 13,325). Smaller numbers are exact: 8 and 12 conflict.
 *       Between different units of one dimension, a number also stands for anything within half a
 *       unit of its last written place, the precision of a converted figure ("4 inches" covers 3.5
 *       to 4.5 inches, so it meets "10 cm"; "2 feet" still conflicts with "2 metres"). One of two
 *       such figures is the original, so only one side at a time gets that slack ("2 miles" and "2
 *       km" conflict though 2.5 km and 1.5 miles, each rounded, would touch), unless they are units
 *       of time of which one holds a whole number of the other (days in a week: "a week" does not
 *       meet "three days", see {@link #wholeTimeRatio}).
 *   <li>ABOUT: the number(s) ± {@value #ABOUT_TOLERANCE} ("about 200" covers 180 to 220). Two ABOUT
 *       claims spend that tolerance once: they are compatible when the stated number or range of
 *       one, without tolerance or rounding slack, meets the other's interval ("about 2,000" and
 *       "some 2,200" are; "roughly 3,000" and "about 3,400" are not), not whenever their widened
 *       intervals touch, and conflict otherwise. Between different units (but for {@link
 *       #wholeTimeRatio}) both the stated numbers and the interval get the conversion slack below,
 *       not only one side.
 *   <li>AT_LEAST: from the number up; MORE_THAN: above it. AT_MOST and UP_TO: up to and including
 *       the number; LESS_THAN: below it.
 * </ul>
 *
 * <p>Two claims AGREE when they state the same numbers with the same hedge, are COMPATIBLE when
 * their intervals overlap, and CONFLICT when they do not. A group of values from several sources
 * CONFLICTs when any two sources conflict, AGREEs when all agree, and is COMPATIBLE otherwise;
 * values from a single source are SINGLE_SOURCE. Stateless and thread-safe.
 */
public final class ClaimComparator {
  /** Relative tolerance of an ABOUT hedge. */
  public static final double ABOUT_TOLERANCE = 0.10;

  /** The largest share of a round number its rounding slack may reach. */
  public static final double MAX_ROUNDING_SHARE = 0.025;

  private ClaimComparator() {}

  /** The comparator with the documented tolerances. */
  public static ClaimComparator standard() {
    return new ClaimComparator();
  }

  /** Whether two claims measure in the same dimension, so that their values can be compared. */
  public boolean comparable(NumericClaim a, NumericClaim b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.kind() != b.kind()) {
      return false;
    }
    return dimension(a).equals(dimension(b));
  }

  /**
   * The verdict on two claims about the same thing: AGREE, COMPATIBLE or CONFLICT.
   *
   * @throws IllegalArgumentException if the claims are not {@link #comparable}
   */
  public Verdict compare(NumericClaim a, NumericClaim b) {
    if (!comparable(a, b)) {
      throw new IllegalArgumentException(
          "claims measure different things: " + a.text() + " / " + b.text());
    }
    if (a.hedge() == b.hedge()
        && same(base(a, a.low()), base(b, b.low()))
        && same(base(a, a.high()), base(b, b.high()))) {
      return Verdict.AGREE;
    }
    // a figure converted from another unit was rounded in that unit: "4 inches" for 10 cm
    boolean converted = !a.unit().equals(b.unit()) && !wholeTimeRatio(a, b);
    if (a.hedge() == Hedge.ABOUT && b.hedge() == Hedge.ABOUT) {
      // the tolerance is the distance allowed between two reports, so it is spent once
      boolean close =
          interval(a, converted).overlaps(stated(b, converted))
              || interval(b, converted).overlaps(stated(a, converted));
      return close ? Verdict.COMPATIBLE : Verdict.CONFLICT;
    }
    // a conversion is rounded once, in the unit converted to: one figure is the original, so the
    // other's precision is the only slack ("2 miles" and "2 km" conflict, "4 inches" meets "10 cm")
    boolean overlap =
        converted
            ? interval(a, true).overlaps(interval(b, false))
                || interval(a, false).overlaps(interval(b, true))
            : interval(a, false).overlaps(interval(b, false));
    return overlap ? Verdict.COMPATIBLE : Verdict.CONFLICT;
  }

  /**
   * The numbers a claim states, without its hedge's tolerance or rounding slack; with conversion
   * slack when the other claim is in another unit.
   */
  private Interval stated(NumericClaim c, boolean converted) {
    double lo = c.low();
    double hi = c.high();
    if (!converted) {
      return new Interval(base(c, lo), false, base(c, hi), false);
    }
    return new Interval(
        base(c, lo - lastPlaceSlack(lo)), false, base(c, hi + lastPlaceSlack(hi)), false);
  }

  /**
   * The verdict on the values of one group: SINGLE_SOURCE when fewer than two sources state a
   * value, else CONFLICT if any two values of different sources conflict or went opposite ways
   * ({@link Direction}: "4.2% lower", "up 4.2%"), AGREE if all agree, COMPATIBLE otherwise.
   *
   * @throws IllegalArgumentException if two values are not comparable
   */
  public Verdict verdict(List<ClaimValue> values) {
    Objects.requireNonNull(values, "values");
    if (values.stream().map(ClaimValue::source).distinct().count() < 2) {
      return Verdict.SINGLE_SOURCE;
    }
    boolean allAgree = true;
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (values.get(i).source().equals(values.get(j).source())) {
          continue;
        }
        Verdict v = compare(values.get(i).claim(), values.get(j).claim());
        if (v == Verdict.CONFLICT || Direction.opposed(values.get(i), values.get(j))) {
          return Verdict.CONFLICT;
        }
        allAgree &= v == Verdict.AGREE;
      }
    }
    return allAgree ? Verdict.AGREE : Verdict.COMPATIBLE;
  }

  /**
   * Whether two durations are in units of which one holds a whole number of the other (a week is 7
   * days, a day 24 hours, a year 12 months): such a figure converts without rounding, so it gets no
   * conversion slack ("a week" does not meet "three days", nor "two weeks" "ten days"); months
   * against days or weeks, years against days, keep it.
   */
  static boolean wholeTimeRatio(NumericClaim a, NumericClaim b) {
    if (a.kind() != ClaimKind.DURATION || b.kind() != ClaimKind.DURATION) {
      return false;
    }
    Units.Unit ua = Units.bySymbol(a.unit());
    Units.Unit ub = Units.bySymbol(b.unit());
    if (ua == null || ub == null) {
      return false;
    }
    double ratio = Math.max(ua.factor(), ub.factor()) / Math.min(ua.factor(), ub.factor());
    return Math.abs(ratio - Math.rint(ratio)) < 1e-9;
  }

  private static boolean same(double x, double y) {
    return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
  }

  private static String dimension(NumericClaim c) {
    if (c.kind() == ClaimKind.DATE
        || c.kind() == ClaimKind.COUNT
        || c.kind() == ClaimKind.ORDINAL) {
      return c.kind() + ":" + c.unit();
    }
    Units.Unit u = Units.bySymbol(c.unit());
    return u == null ? c.kind() + ":" + c.unit() : u.dimension();
  }

  /** A value of a claim in its dimension's base unit ("106" °F is 41.1 °C). */
  private static double base(NumericClaim c, double value) {
    if (c.kind() == ClaimKind.DATE) {
      return value;
    }
    Units.Unit u = Units.bySymbol(c.unit());
    return u == null ? value : u.toBase(value);
  }

  /** The half-width of the rounding a written number may carry. */
  static double roundingSlack(double x) {
    double v = Math.abs(x);
    if (v < 100 || v != Math.rint(v)) {
      return 0;
    }
    double unit = 1;
    while (unit * 10 <= v && v % (unit * 10) == 0) {
      unit *= 10;
    }
    return unit < 100 ? 0 : Math.min(unit / 2, MAX_ROUNDING_SHARE * v);
  }

  /**
   * Half a unit in the last place a number is written to: 0.5 for whole numbers, 0.05 for "1.5". A
   * converted figure ("4 inches" for 10 cm) is only that precise.
   */
  static double lastPlaceSlack(double x) {
    double v = Math.abs(x);
    double place = 1;
    for (int d = 0; d < 4 && Math.abs(v / place - Math.rint(v / place)) > 1e-9; d++) {
      place /= 10;
    }
    return place / 2;
  }

  /**
   * The values a claim allows, in its dimension's base unit; when {@code converted}, an exact
   * number also allows the rounding of a conversion ({@link #lastPlaceSlack}).
   */
  Interval interval(NumericClaim c, boolean converted) {
    double lo = c.low();
    double hi = c.high();
    double loSlack =
        converted ? Math.max(roundingSlack(lo), lastPlaceSlack(lo)) : roundingSlack(lo);
    double hiSlack =
        converted ? Math.max(roundingSlack(hi), lastPlaceSlack(hi)) : roundingSlack(hi);
    return switch (c.hedge()) {
      case EXACT -> new Interval(base(c, lo - loSlack), false, base(c, hi + hiSlack), false);
      case ABOUT ->
          new Interval(
              base(c, Math.min(lo * (1 - ABOUT_TOLERANCE), lo - loSlack)),
              false,
              base(c, Math.max(hi * (1 + ABOUT_TOLERANCE), hi + hiSlack)),
              false);
      case AT_LEAST -> new Interval(base(c, lo), false, Double.POSITIVE_INFINITY, false);
      case MORE_THAN -> new Interval(base(c, lo), true, Double.POSITIVE_INFINITY, false);
      case AT_MOST, UP_TO -> new Interval(Double.NEGATIVE_INFINITY, false, base(c, hi), false);
      case LESS_THAN -> new Interval(Double.NEGATIVE_INFINITY, false, base(c, hi), true);
    };
  }

  /** An interval of values with open or closed ends. */
  record Interval(double low, boolean lowOpen, double high, boolean highOpen) {
    boolean overlaps(Interval o) {
      double lo = Math.max(low, o.low);
      double hi = Math.min(high, o.high);
      if (lo < hi) {
        return true;
      }
      if (lo > hi) {
        return false;
      }
      boolean loOpen = (lo == low && lowOpen) || (lo == o.low && o.lowOpen);
      boolean hiOpen = (hi == high && highOpen) || (hi == o.high && o.highOpen);
      return !loOpen && !hiOpen;
    }
  }
}
