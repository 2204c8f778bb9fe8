package dev.parallax.cli;

/** The exit codes of every command. */
final class ExitCodes {
  /** Everything was read and done. */
  static final int OK = 0;

  /** A real failure: the store, the file system, a bug. */
  static final int FAILURE = 1;

  /** The work was done, but some input was skipped or repaired; the problems were listed. */
  static final int INPUT_SKIPPED = 2;

  private ExitCodes() {}
}
