/** Finding the main text of a page: pruning boilerplate, scoring containers, keeping paragraphs. */
package dev.parallax.extract.body;
