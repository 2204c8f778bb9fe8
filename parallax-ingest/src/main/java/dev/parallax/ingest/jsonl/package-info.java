/** Reads JSON Lines: one article object per line, streamed with a bounded line length. */
package dev.parallax.ingest.jsonl;
