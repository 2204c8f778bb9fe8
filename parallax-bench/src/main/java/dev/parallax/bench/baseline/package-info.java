/**
 * Baseline clusterers Parallax is compared against: the textbook single-pass TF-IDF clusterer and
 * Carrot2's document clustering algorithms.
 */
package dev.parallax.bench.baseline;
