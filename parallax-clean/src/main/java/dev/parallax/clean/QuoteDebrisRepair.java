package dev.parallax.clean;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a stray quote and stop that machine translation doubles after a closing quote: {@code
 * "imminent." ".} becomes {@code "imminent."}. Only a closing quote after {@code . ! ?}, then
 * spaces, a quote and one of {@code . ! ?} ending the sentence, so {@code "Stop." "Go."} is left
 * alone.
 *
 * <p>Counts one repair per stray pair removed. Immutable and thread-safe; linear time.
 */
public final class QuoteDebrisRepair implements TextRepair {
  public static final String KIND = "quote-debris";

  private static final Pattern STRAY =
      Pattern.compile("(?<=[.!?][\"\u201D]) ++[\"\u201D][.!?](?=\\s|$)");

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('"') < 0 && text.indexOf('\u201D') < 0) {
      return Repaired.unchanged(text);
    }
    Matcher m = STRAY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int count = 0;
    while (m.find()) {
      m.appendReplacement(out, "");
      count++;
    }
    if (count == 0) {
      return Repaired.unchanged(text);
    }
    m.appendTail(out);
    return new Repaired(out.toString(), count);
  }

  @Override
  public String toString() {
    return KIND;
  }
}
