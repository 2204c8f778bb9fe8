/** The ingest path wired end to end: read, clean, assign to stories, store; restartable. */
package dev.parallax.pipeline;
