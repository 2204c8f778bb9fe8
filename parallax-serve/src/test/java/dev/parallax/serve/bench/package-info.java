/** Load measurement of a served store: a harness run by hand, never by {@code verify}. */
package dev.parallax.serve.bench;
