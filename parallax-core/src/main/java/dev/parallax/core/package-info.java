/**
 * Parallax's domain records (articles, stories, problems), the interfaces of its pipeline stages,
 * and the few readings every stage shares (text decoding, publication dates).
 */
package dev.parallax.core;
