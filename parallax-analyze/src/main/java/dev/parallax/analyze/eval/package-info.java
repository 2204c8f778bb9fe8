/** Shared pieces of the evaluations against hand-made gold sets (entities, quotes, claims). */
package dev.parallax.analyze.eval;
