/** Primitive collections for the clustering state. Internal: not API, may change without notice. */
package dev.parallax.cluster.internal;
