/** The parallax command line. */
package dev.parallax.cli;
