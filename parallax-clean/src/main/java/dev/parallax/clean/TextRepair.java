package dev.parallax.clean;

/**
 * One repair of article text: a pipeline stage with one job (remove minifier placeholders, decode
 * broken entities, …) that says how many repairs it made.
 *
 * <p>Contract for implementations: immutable and thread-safe; time linear in the length of the
 * text; never return null; idempotent (applying a repair to its own output changes nothing); and a
 * count of zero exactly when the text came back unchanged. A null text is a programmer error and
 * throws {@link NullPointerException}.
 */
public interface TextRepair {
  /**
   * The kind of repair as reported in repair counts: lower-case words joined by hyphens, such as
   * {@code broken-entity}.
   */
  String kind();

  /** Repairs {@code text} and returns the result with the number of repairs made. */
  Repaired apply(String text);
}
