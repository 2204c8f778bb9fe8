/** Measures the entity recognizer against the hand-annotated ECB+ gold set. */
package dev.parallax.analyze.entity.eval;
