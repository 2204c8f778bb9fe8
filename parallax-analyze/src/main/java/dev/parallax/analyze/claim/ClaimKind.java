package dev.parallax.analyze.claim;

/** What sort of quantity a numeric claim states. */
public enum ClaimKind {
  /** How many of something: "13,000 US troops", "at least 27 people were killed". */
  COUNT,
  /** An amount of money; the unit is the currency ("$", "€", "£"). */
  MONEY,
  /** A percentage; the unit is "%". */
  PERCENT,
  /** A physical measure; the unit is its symbol ("km", "kg", "magnitude"). */
  MEASURE,
  /** Someone's age in years: "33-year-old", "aged 33", "Reid, 33,". */
  AGE,
  /** A calendar date, month, year or weekday; see {@link NumericClaim} for the encoding. */
  DATE,
  /** A length of time; the unit is the time unit ("day", "year"): "18-year war", "seven days". */
  DURATION,
  /** A rank: "21st", "the fourth quarter". */
  ORDINAL
}
