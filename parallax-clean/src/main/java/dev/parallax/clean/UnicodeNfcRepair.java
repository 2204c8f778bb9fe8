package dev.parallax.clean;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Puts text in Unicode normalization form C, so that {@code e} + combining acute and the single
 * {@code é} compare equal downstream.
 *
 * <p>Counts one repair per text that was not already in NFC. Immutable and thread-safe.
 */
public final class UnicodeNfcRepair implements TextRepair {
  public static final String KIND = "unicode-nfc";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    if (Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      return Repaired.unchanged(text);
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    return normalized.equals(text) ? Repaired.unchanged(text) : new Repaired(normalized, 1);
  }

  @Override
  public String toString() {
    return KIND;
  }
}
