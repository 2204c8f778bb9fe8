/**
 * Per-article and per-story analysis: entities, quotes and numeric claims, and how the sources of
 * one story agree or differ on them.
 */
package dev.parallax.analyze;
