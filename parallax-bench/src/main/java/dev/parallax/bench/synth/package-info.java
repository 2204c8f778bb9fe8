/** A deterministic, streaming generator of synthetic, event-labelled news articles. */
package dev.parallax.bench.synth;
