/**
 * Serialized API answers kept between commits, so unchanged stories are not re-read per request.
 */
package dev.parallax.serve.cache;
