/**
 * Parallax's domain records (articles, stories, problems) and the interfaces of its pipeline
 * stages.
 */
package dev.parallax.core;
