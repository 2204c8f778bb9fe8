/** The embedded store: SQLite for articles and stories, Lucene for their text. */
package dev.parallax.store;
