/** Streaming readers for every format news is held in, and the walk over paths that picks them. */
package dev.parallax.ingest;
