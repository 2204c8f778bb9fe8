package dev.parallax.analyze.entity;

/**
 * One word of a line as the recognizer sees it: touching tokens merged ("T" "-" "Mobile" is
 * "T-Mobile", "Mo" "." is "Mo."), with its core, the part that may belong to a name (no possessive,
 * no sentence-final full stop, no "-based").
 *
 * @param rawStart offset of the word's first char in the text
 * @param rawEnd offset just past its last char
 * @param start offset of the core's first char
 * @param end offset just past the core's last char; {@code start == end} when it has no core
 * @param raw the word as written
 * @param core the core as written
 * @param pos its part-of-speech tag (PROPN when any merged token is a PROPN)
 * @param possessive whether a possessive 's or ' was cut off the core
 * @param handle whether it is a hashtag or an @handle
 * @param sentenceStart whether it starts a sentence or a quotation, where capitals prove nothing
 */
record Word(
    int rawStart,
    int rawEnd,
    int start,
    int end,
    String raw,
    String core,
    String pos,
    boolean possessive,
    boolean handle,
    boolean sentenceStart) {

  Word asSentenceStart() {
    return new Word(rawStart, rawEnd, start, end, raw, core, pos, possessive, handle, true);
  }

  boolean hasCore() {
    return end > start;
  }

  boolean propn() {
    return pos.equals("PROPN");
  }

  /** Whether the core starts with an upper-case letter. */
  boolean upper() {
    return hasCore() && Character.isUpperCase(core.codePointAt(0));
  }

  /** Whether the core is all capitals and at least two letters ("FBI", "PETER"). */
  boolean allCaps() {
    int letters = 0;
    for (int i = 0; i < core.length(); i++) {
      char c = core.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether the word has a letter or a digit. */
  boolean alphanumeric() {
    for (int i = 0; i < raw.length(); i++) {
      if (Character.isLetterOrDigit(raw.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
