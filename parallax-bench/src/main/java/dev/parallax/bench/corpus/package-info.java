/** Labelled evaluation corpora read from JSONL and put in stream order. */
package dev.parallax.bench.corpus;
