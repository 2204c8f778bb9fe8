/** Helpers of the extractor that are not API: a small JSON reader and text tools. */
package dev.parallax.extract.internal;
