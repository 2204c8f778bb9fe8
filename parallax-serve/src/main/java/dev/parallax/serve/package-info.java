/**
 * The HTTP server over one store: a JSON API, full-text search, ingest by POST and web pages for
 * stories and articles; see {@link dev.parallax.serve.ParallaxServer}.
 */
package dev.parallax.serve;
