/** Sentences, tokens and part-of-speech tags from OpenNLP's bundled UD English models. */
package dev.parallax.analyze.nlp;
