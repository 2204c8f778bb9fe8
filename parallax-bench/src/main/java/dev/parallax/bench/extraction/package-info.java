/**
 * Article-extraction baselines Parallax's extractor is compared against (Boilerpipe,
 * Readability4J), adapted to core's {@link dev.parallax.core.HtmlExtractor}.
 */
package dev.parallax.bench.extraction;
