/**
 * Sentences and part-of-speech tags from OpenNLP's bundled UD English models, tokens from rules
 * that reproduce the UD English tokenizer model.
 */
package dev.parallax.analyze.nlp;
