/** MinHash signatures of word shingles and an LSH index that finds near-duplicate texts. */
package dev.parallax.cluster.minhash;
