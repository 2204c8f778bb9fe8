/** Deduplication and online assignment of articles to stories. */
package dev.parallax.cluster;
