/**
 * Main-text and metadata extraction from HTML pages: {@link dev.parallax.extract.ArticleExtractor}.
 */
package dev.parallax.extract;
