/** Reads RSS and Atom feeds with ROME, one article per entry. */
package dev.parallax.ingest.feed;
