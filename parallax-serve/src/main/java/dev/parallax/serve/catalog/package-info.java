/** The in-memory catalog of story listings that story lists are sorted, filtered and paged from. */
package dev.parallax.serve.catalog;
