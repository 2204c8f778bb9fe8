/** Scoring extracted text against gold text, as the Zyte article-extraction benchmark does. */
package dev.parallax.extract.eval;
