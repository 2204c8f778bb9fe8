/** Scores of a clustering against gold labels: B-cubed and pairwise precision, recall and F1. */
package dev.parallax.cluster.eval;
