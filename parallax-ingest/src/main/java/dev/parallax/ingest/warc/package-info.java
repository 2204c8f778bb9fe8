/**
 * Reads web archives (WARC, plain or gzipped) with jwarc: HTML responses and resources become
 * articles.
 */
package dev.parallax.ingest.warc;
