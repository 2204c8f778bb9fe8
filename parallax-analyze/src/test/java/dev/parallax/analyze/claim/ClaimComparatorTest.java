package dev.parallax.analyze.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimComparatorTest {
  private static final ClaimComparator COMPARATOR = ClaimComparator.standard();

  private static NumericClaim count(double low, double high, Hedge hedge) {
    return new NumericClaim("n", 0, 1, low, high, hedge, "", "troops", ClaimKind.COUNT);
  }

  private static NumericClaim of(double value, Hedge hedge, String unit, ClaimKind kind) {
    return new NumericClaim("n", 0, 1, value, value, hedge, unit, "", kind);
  }

  private static void assertCompare(Verdict expected, NumericClaim a, NumericClaim b) {
    assertThat(COMPARATOR.compare(a, b)).isEqualTo(expected);
  }

  private static void assertCompare(Verdict expected, NumericClaim a, NumericClaim b, String why) {
    assertThat(COMPARATOR.compare(a, b)).as(why).isEqualTo(expected);
  }

  @Test
  void sameValueAndHedgeAgree() {
    assertCompare(
        Verdict.AGREE, count(13000, 13000, Hedge.EXACT), count(13000, 13000, Hedge.EXACT));
    assertCompare(
        Verdict.AGREE, count(12000, 13000, Hedge.EXACT), count(12000, 13000, Hedge.EXACT));
  }

  @Test
  void overlappingReadingsAreCompatible() {
    assertCompare(
        Verdict.COMPATIBLE, count(13000, 13000, Hedge.EXACT), count(12000, 13000, Hedge.EXACT));
    assertCompare(Verdict.COMPATIBLE, count(27, 27, Hedge.AT_LEAST), count(31, 31, Hedge.EXACT));
    assertCompare(Verdict.COMPATIBLE, count(200, 200, Hedge.ABOUT), count(210, 210, Hedge.EXACT));
    assertCompare(
        Verdict.COMPATIBLE,
        count(13000, 13000, Hedge.EXACT),
        count(12900, 12900, Hedge.EXACT),
        "13,000 is a round number: it may stand for 12,900");
    assertCompare(
        Verdict.COMPATIBLE,
        count(500, 500, Hedge.MORE_THAN),
        count(500, 500, Hedge.EXACT),
        "500 exact carries rounding slack above 500");
  }

  @Test
  void disjointReadingsConflict() {
    assertCompare(Verdict.CONFLICT, count(200, 200, Hedge.ABOUT), count(500, 500, Hedge.MORE_THAN));
    assertCompare(Verdict.CONFLICT, count(8, 8, Hedge.EXACT), count(12, 12, Hedge.EXACT));
    assertCompare(
        Verdict.CONFLICT,
        count(200, 200, Hedge.ABOUT),
        count(230, 230, Hedge.EXACT),
        "more than 10% off");
    assertCompare(Verdict.CONFLICT, count(100, 100, Hedge.LESS_THAN), count(120, 120, Hedge.EXACT));
    assertCompare(Verdict.CONFLICT, count(300, 300, Hedge.UP_TO), count(400, 400, Hedge.AT_LEAST));
  }

  @Test
  void unitsConvertWithinADimension() {
    NumericClaim miles = of(5, Hedge.ABOUT, "mi", ClaimKind.MEASURE);
    NumericClaim km = of(8, Hedge.EXACT, "km", ClaimKind.MEASURE);
    assertCompare(Verdict.COMPATIBLE, miles, km);
    NumericClaim days = of(7, Hedge.EXACT, "day", ClaimKind.DURATION);
    NumericClaim week = of(1, Hedge.EXACT, "week", ClaimKind.DURATION);
    assertCompare(Verdict.AGREE, days, week, "converted values agree");
    NumericClaim dollars = of(5, Hedge.EXACT, "$", ClaimKind.MONEY);
    NumericClaim euros = of(5, Hedge.EXACT, "€", ClaimKind.MONEY);
    assertThat(COMPARATOR.comparable(dollars, euros)).isFalse();
    assertThatThrownBy(() -> COMPARATOR.compare(dollars, euros))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupVerdicts() {
    ClaimValue a = new ClaimValue("AJ", "aj", count(13000, 13000, Hedge.ABOUT), "");
    ClaimValue b = new ClaimValue("CNN", "cnn", count(12000, 13000, Hedge.EXACT), "");
    ClaimValue c = new ClaimValue("AP", "ap", count(9000, 9000, Hedge.EXACT), "");
    assertThat(COMPARATOR.verdict(List.of(a))).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(COMPARATOR.verdict(List.of(a, b))).isEqualTo(Verdict.COMPATIBLE);
    assertThat(COMPARATOR.verdict(List.of(a, b, c))).isEqualTo(Verdict.CONFLICT);
    ClaimValue sameSource = new ClaimValue("AJ", "aj2", count(9000, 9000, Hedge.EXACT), "");
    assertThat(COMPARATOR.verdict(List.of(a, sameSource))).isEqualTo(Verdict.SINGLE_SOURCE);
  }

  @Test
  void roundingSlackOnlyForRoundNumbers() {
    assertThat(ClaimComparator.roundingSlack(13000)).isEqualTo(325);
    assertThat(ClaimComparator.roundingSlack(13500)).isEqualTo(50);
    assertThat(ClaimComparator.roundingSlack(27)).isZero();
    assertThat(ClaimComparator.roundingSlack(12.5)).isZero();
  }

  @Test
  void claimsRejectBadRanges() {
    assertThatThrownBy(() -> count(5, 3, Hedge.EXACT)).hasMessageContaining("bad range");
    assertThatThrownBy(() -> count(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Hedge.EXACT))
        .hasMessageContaining("bad range");
  }

  @Test
  void twoApproximateValuesSpendTheToleranceOnce() {
    // "about 2,000" vs "some 2,200": the one lies within the other's 10%
    assertCompare(
        Verdict.COMPATIBLE, count(2000, 2000, Hedge.ABOUT), count(2200, 2200, Hedge.ABOUT));
    // "roughly 3,000" vs "about 3,400": each widened by 10% would touch, but neither is in reach
    assertCompare(Verdict.CONFLICT, count(3000, 3000, Hedge.ABOUT), count(3400, 3400, Hedge.ABOUT));
    assertCompare(Verdict.CONFLICT, count(3400, 3400, Hedge.ABOUT), count(3000, 3000, Hedge.ABOUT));
  }

  @Test
  void convertedFiguresCarryTheirLastPlace() {
    // regression: 10 cm against 4 inches conflicted (HELDOUT4)
    NumericClaim cm = of(10, Hedge.EXACT, "cm", ClaimKind.MEASURE);
    NumericClaim inches = of(4, Hedge.EXACT, "in", ClaimKind.MEASURE);
    assertCompare(Verdict.COMPATIBLE, cm, inches);
    NumericClaim metres = of(2, Hedge.EXACT, "m", ClaimKind.MEASURE);
    NumericClaim feet = of(2, Hedge.EXACT, "ft", ClaimKind.MEASURE);
    assertCompare(Verdict.CONFLICT, metres, feet);
    assertCompare(
        Verdict.CONFLICT,
        of(8, Hedge.EXACT, "cm", ClaimKind.MEASURE),
        of(12, Hedge.EXACT, "cm", ClaimKind.MEASURE),
        "same unit: no conversion slack");
    assertThat(ClaimComparator.lastPlaceSlack(4)).isEqualTo(0.5);
    assertThat(ClaimComparator.lastPlaceSlack(1.5)).isCloseTo(0.05, within(1e-12));
  }

  @Test
  void celsiusAndFahrenheitAreOneDimensionWithAnOffset() {
    NumericClaim c = of(30, Hedge.EXACT, "°C", ClaimKind.MEASURE);
    assertThat(COMPARATOR.comparable(c, of(86, Hedge.EXACT, "°F", ClaimKind.MEASURE))).isTrue();
    assertCompare(Verdict.AGREE, c, of(86, Hedge.EXACT, "°F", ClaimKind.MEASURE));
    // 37 °C is 98.6 °F: a whole Fahrenheit figure is only that precise once converted
    assertCompare(
        Verdict.COMPATIBLE,
        of(37, Hedge.EXACT, "°C", ClaimKind.MEASURE),
        of(99, Hedge.EXACT, "°F", ClaimKind.MEASURE));
    // the same number in the other scale is far apart, not equal
    assertCompare(Verdict.CONFLICT, c, of(30, Hedge.EXACT, "°F", ClaimKind.MEASURE));
    assertCompare(
        Verdict.AGREE,
        of(0, Hedge.EXACT, "°C", ClaimKind.MEASURE),
        of(32, Hedge.EXACT, "°F", ClaimKind.MEASURE));
  }

  @Test
  void unitsOfTimeThatHoldWholeNumbersOfEachOtherGetNoConversionSlack() {
    NumericClaim week = of(1, Hedge.EXACT, "week", ClaimKind.DURATION);
    assertCompare(Verdict.CONFLICT, week, of(4, Hedge.EXACT, "day", ClaimKind.DURATION));
    assertCompare(Verdict.CONFLICT, week, of(8, Hedge.EXACT, "day", ClaimKind.DURATION));
    assertCompare(Verdict.AGREE, week, of(7, Hedge.EXACT, "day", ClaimKind.DURATION));
    assertCompare(
        Verdict.CONFLICT,
        of(2, Hedge.EXACT, "hour", ClaimKind.DURATION),
        of(150, Hedge.EXACT, "minute", ClaimKind.DURATION));
    // a month is no whole number of days: "a month" may still stand for 30 or 31 days
    assertCompare(
        Verdict.COMPATIBLE,
        of(1, Hedge.EXACT, "month", ClaimKind.DURATION),
        of(31, Hedge.EXACT, "day", ClaimKind.DURATION));
  }

  @Test
  void conversionSlackGoesToOneSideAtATime() {
    // one figure is the original: "2 miles" (3.2 km) is no rounding of "2 km" (1.2 miles), nor
    // the reverse, though 2.5 km and 1.5 miles, each rounded, would touch
    assertCompare(
        Verdict.CONFLICT,
        of(2, Hedge.EXACT, "mi", ClaimKind.MEASURE),
        of(2, Hedge.EXACT, "km", ClaimKind.MEASURE));
    assertCompare(
        Verdict.COMPATIBLE,
        of(5, Hedge.EXACT, "mi", ClaimKind.MEASURE),
        of(8, Hedge.EXACT, "km", ClaimKind.MEASURE));
  }
}
