/** Page metadata: title, publication date, authors, language and canonical URL. */
package dev.parallax.extract.meta;
