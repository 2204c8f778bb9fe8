/**
 * Numeric claims: numbers with their hedge, unit and counted thing in one article ({@link
 * dev.parallax.analyze.claim.ClaimExtractor}), grouped by measured thing across a story's articles
 * ({@link dev.parallax.analyze.claim.ClaimGrouper}) and judged ({@link
 * dev.parallax.analyze.claim.ClaimComparator}).
 */
package dev.parallax.analyze.claim;
