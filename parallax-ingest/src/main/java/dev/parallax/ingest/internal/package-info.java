/**
 * Helpers shared by the ingest readers (bounded line reading, lenient decoding, article assembly,
 * the path walk). Not API: anything here may change without notice.
 */
package dev.parallax.ingest.internal;
