/** Ingest over HTTP: reading POSTed JSON articles and the single writer thread that stores them. */
package dev.parallax.serve.ingest;
