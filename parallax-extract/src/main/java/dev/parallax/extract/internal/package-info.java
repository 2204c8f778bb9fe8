/** Helpers of the extractor that are not API: a small JSON reader, date parsing, text tools. */
package dev.parallax.extract.internal;
