package dev.parallax.store;

/** The store could not be read or written: a database or index failure, or a corrupt data dir. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
