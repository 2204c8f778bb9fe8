package dev.parallax.analyze.quote;

import dev.parallax.analyze.entity.EntityType;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a quote is attributed to: a named entity or a role noun phrase.
 *
 * @param name the full name as written in the article ("Ashraf Ghani" even where the quote says
 *     "Ghani" or "he"), or the role phrase as written ("a State Department spokesperson"); empty
 *     only for {@link #UNKNOWN}
 * @param role true when {@code name} is a role or description rather than a name
 * @param type the entity type when the speaker was resolved to an entity mention, else null
 */
public record Speaker(String name, boolean role, EntityType type) {
  /** The speaker of a quote that nothing in the text attributes. */
  public static final Speaker UNKNOWN = new Speaker("", false, null);

  public Speaker {
    Objects.requireNonNull(name, "name");
    name = name.strip();
  }

  /** A named speaker. */
  public static Speaker named(String name, EntityType type) {
    requireName(name);
    return new Speaker(name, false, type);
  }

  /** A speaker given only by a role or description. */
  public static Speaker role(String phrase) {
    requireName(phrase);
    return new Speaker(phrase, true, null);
  }

  private static void requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank: " + name);
    }
  }

  /** Whether the text attributes the quote to anyone. */
  public boolean known() {
    return !name.isEmpty();
  }

  /** The name lower-cased, without a leading determiner or trailing possessive. */
  public String normalizedName() {
    String n = name.toLowerCase(Locale.ROOT);
    for (String det : new String[] {"the ", "a ", "an "}) {
      if (n.startsWith(det)) {
        n = n.substring(det.length());
        break;
      }
    }
    return n;
  }
}
