/** Reads plain-text articles: optional leading metadata lines, then the body. */
package dev.parallax.ingest.text;
