/** Named entities (people, organisations, places, other names) found by rules and gazetteers. */
package dev.parallax.analyze.entity;
