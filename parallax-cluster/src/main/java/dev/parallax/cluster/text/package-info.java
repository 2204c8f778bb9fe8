/** Tokens, stop words and sparse term vectors shared by deduplication and clustering. */
package dev.parallax.cluster.text;
