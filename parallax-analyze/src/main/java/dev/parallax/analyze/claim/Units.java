package dev.parallax.analyze.claim;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Unit words and symbols, their canonical spelling, and factors to a base unit per dimension. */
final class Units {
  /**
   * A canonical unit: its dimension, and how a value in it becomes the dimension's base unit:
   * {@code value * factor + offset} (the offset is zero but for temperatures: °F to °C).
   */
  record Unit(String symbol, String dimension, double factor, double offset, ClaimKind kind) {
    Unit(String symbol, String dimension, double factor, ClaimKind kind) {
      this(symbol, dimension, factor, 0, kind);
    }

    /** A value in this unit, in the dimension's base unit. */
    double toBase(double value) {
      return value * factor + offset;
    }
  }

  private static final Map<String, Unit> BY_WORD = new HashMap<>();
  private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();

  static {
    measure(
        "length", 1000, "km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
    measure("length", 1, "m", "metre", "metres", "meter", "meters");
    measure("length", 0.01, "cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
    measure("length", 0.001, "mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
    measure("length", 1609.344, "mi", "mile", "miles", "mi");
    measure("length", 0.3048, "ft", "foot", "feet", "ft");
    measure("length", 0.0254, "in", "inch", "inches");
    measure("length", 0.9144, "yd", "yard", "yards", "yd", "yds");
    measure("mass", 1, "kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme");
    measure("mass", 0.001, "g", "gram", "grams", "gramme", "grammes");
    measure("mass", 1e-6, "mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes");
    measure("mass", 1000, "t", "tonne", "tonnes", "ton", "tons", "metric ton");
    measure("mass", 0.45359237, "lb", "lb", "lbs", "pound-weight");
    measure("speed", 1, "km/h", "km/h", "kph", "kmh");
    measure("speed", 1.609344, "mph", "mph");
    measure("area", 1e6, "km2", "km2", "sq km", "square kilometres", "square kilometers");
    measure("area", 1e4, "ha", "hectare", "hectares", "ha");
    measure("area", 4046.8564224, "acre", "acre", "acres");
    measure("area", 2.589988e6, "sq mi", "square miles", "square mile", "sq mi");
    measure("magnitude", 1, "magnitude", "magnitude", "richter");
    add(
        new Unit("°C", "temperature", 1, 0, ClaimKind.MEASURE),
        "°c",
        "degrees celsius",
        "celsius",
        "degrees centigrade",
        "centigrade");
    add(
        new Unit("°F", "temperature", 5.0 / 9, -160.0 / 9, ClaimKind.MEASURE),
        "°f",
        "degrees fahrenheit",
        "fahrenheit");
    measure("data", 1e9, "GB", "gb", "gigabyte", "gigabytes");
    measure("data", 1e6, "MB", "mb", "megabyte", "megabytes");
    measure("data", 1e3, "kB", "kb", "kilobyte", "kilobytes");
    measure("data", 1e12, "TB", "tb", "terabyte", "terabytes");
    measure("frequency", 1e6, "MHz", "mhz", "megahertz");
    measure("frequency", 1e9, "GHz", "ghz", "gigahertz");
    measure("frequency", 1e3, "kHz", "khz", "kilohertz");
    measure("resolution", 1, "megapixel", "megapixel", "megapixels", "mp");
    // power: each symbol's spelled-out name too, so that "1.2 gigawatts" meets "1,200MW"
    measure("power", 1, "W", "watt", "watts");
    measure("power", 1e3, "kW", "kw", "kilowatt", "kilowatts");
    measure("power", 1e6, "MW", "mw", "megawatt", "megawatts");
    measure("power", 1e9, "GW", "gw", "gigawatt", "gigawatts");
    measure("energy", 1e3, "kWh", "kwh", "kilowatt hour", "kilowatt hours");
    measure("energy", 1e6, "MWh", "mwh", "megawatt hour", "megawatt hours");
    measure("energy", 1e9, "GWh", "gwh", "gigawatt hour", "gigawatt hours");
    measure("energy", 1e12, "TWh", "twh", "terawatt hour", "terawatt hours");
    measure("volume", 1, "l", "litre", "litres", "liter", "liters");
    measure("volume", 0.001, "ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
    measure("volume", 1e6, "Ml", "megalitre", "megalitres", "megaliter", "megaliters");
    measure("volume", 158.987, "bbl", "barrel", "barrels");
    time(1, "second", "second", "seconds", "sec", "secs");
    time(60, "minute", "minute", "minutes", "min", "mins");
    time(3600, "hour", "hour", "hours", "hr", "hrs");
    time(86400, "day", "day", "days");
    time(604800, "week", "week", "weeks");
    time(1209600, "fortnight", "fortnight", "fortnights");
    time(2629800, "month", "month", "months");
    time(31557600, "year", "year", "years", "yr", "yrs");
    time(315576000, "decade", "decade", "decades");
    time(3155760000.0, "century", "century", "centuries");
    money("$", "$", "us$", "usd", "dollar", "dollars", "a$", "c$", "hk$");
    money("€", "€", "eur", "euro", "euros");
    money("£", "£", "gbp", "pound", "pounds", "sterling");
    // pence are pounds: "140p" is £1.40 ("p" only stuck to its number, see ClaimExtractor)
    add(new Unit("p", "money-£", 0.01, ClaimKind.MONEY), "pence");
    money("¥", "¥", "yen", "jpy");
    money("yuan", "yuan", "rmb", "cny");
    money("₹", "₹", "rupee", "rupees", "rs", "rs.", "inr");
    money("CHF", "chf", "franc", "francs");
    BY_SYMBOL.put("%", new Unit("%", "percent", 1, ClaimKind.PERCENT));
    BY_SYMBOL.put("pp", new Unit("pp", "percentage-points", 1, ClaimKind.PERCENT));
  }

  private Units() {}

  private static void measure(String dimension, double factor, String symbol, String... words) {
    add(new Unit(symbol, dimension, factor, ClaimKind.MEASURE), words);
  }

  private static void time(double seconds, String symbol, String... words) {
    add(new Unit(symbol, "time", seconds, ClaimKind.DURATION), words);
  }

  private static void money(String symbol, String... words) {
    add(new Unit(symbol, "money-" + symbol, 1, ClaimKind.MONEY), words);
  }

  private static void add(Unit unit, String... words) {
    BY_SYMBOL.put(unit.symbol(), unit);
    for (String w : words) {
      BY_WORD.put(w, unit);
    }
  }

  /** The unit a word or symbol names, or null. */
  static Unit byWord(String word) {
    return BY_WORD.get(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a word names a unit of time. */
  static boolean isTimeWord(String word) {
    Unit u = byWord(word);
    return u != null && u.kind() == ClaimKind.DURATION;
  }

  /** The unit with a canonical symbol, or null (plain counts have none). */
  static Unit bySymbol(String symbol) {
    return BY_SYMBOL.get(symbol);
  }
}
