/** The web pages (static HTML, CSS and script; data only through the API) and access control. */
package dev.parallax.serve.web;
