/**
 * Quotes: direct and reported speech in one article with its speaker ({@link
 * dev.parallax.analyze.quote.QuoteExtractor}), and the same statement across a story's articles
 * ({@link dev.parallax.analyze.quote.QuoteGrouper}).
 */
package dev.parallax.analyze.quote;
