/**
 * Benchmarks and comparisons of Parallax against textbook and library baselines, with the mains
 * that run them ({@link dev.parallax.bench.GenerateStream}, {@link
 * dev.parallax.bench.CompareClusterers}).
 */
package dev.parallax.bench;
