/** The JSON API routes, their parameters and their errors. */
package dev.parallax.serve.api;
