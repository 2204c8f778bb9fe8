/** Reads saved HTML pages, one article per page, through an {@code HtmlExtractor}. */
package dev.parallax.ingest.html;
