/** Helpers shared by the analysis packages; not API, may change without notice. */
package dev.parallax.analyze.internal;
