package dev.parallax.analyze.entity;

/** The kind of a named entity. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE,
  /** A name that is none of the above: events, works, products, laws. */
  OTHER
}
