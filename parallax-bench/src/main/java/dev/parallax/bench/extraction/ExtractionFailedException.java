package dev.parallax.bench.extraction;

/** A baseline extractor failed on one page; the comparison counts it and scores empty text. */
public final class ExtractionFailedException extends RuntimeException {
  public ExtractionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
