/** JSON views of stories and articles, shared by the API and the {@code story --json} command. */
package dev.parallax.serve.json;
