/** Repairs of scrape and translation debris, one small stage per repair. */
package dev.parallax.clean;
