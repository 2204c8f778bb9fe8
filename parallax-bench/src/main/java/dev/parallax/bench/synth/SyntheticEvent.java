package dev.parallax.bench.synth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * One synthetic real-world event: its gold label, kind, time and the facts (places, people by role,
 * organisations, numbers) every article about it is written from. Immutable.
 */
public record SyntheticEvent(
    String label, long sequence, EventKind kind, Instant happened, Map<String, String> facts) {

  public SyntheticEvent {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(happened, "happened");
    facts = java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
  }

  /** Draws the facts of a new event of {@code kind} at {@code happened} from {@code random}. */
  static SyntheticEvent draw(
      long sequence, EventKind kind, Instant happened, NamePool names, Random random) {
    String label =
        String.format(
            Locale.ROOT,
            "ev%06d-%s",
            sequence,
            kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    ZonedDateTime when = happened.atZone(ZoneOffset.UTC);
    Map<String, String> facts = new TreeMap<>();
    facts.put("town", names.town(random));
    facts.put("region", names.region(random));
    facts.put("street", names.street(random));
    // English names spelled out: Locale.ROOT display names are "Mon", "M01".
    facts.put("weekday", capitalised(when.getDayOfWeek().name()));
    facts.put("date", capitalised(when.getMonth().name()) + " " + when.getDayOfMonth());
    facts.put("time", String.format(Locale.ROOT, "%02d:%02d", when.getHour(), when.getMinute()));
    for (String role :
        new String[] {
          "chief",
          "mayor",
          "spokesperson",
          "suspect",
          "ceo",
          "judge",
          "victim",
          "candidate",
          "rival",
          "witness"
        }) {
      facts.put(role, names.person(random));
    }
    facts.put("company", names.company(random));
    facts.put("union", names.union(random));
    String party = names.party(random);
    String rivalParty = names.party(random);
    while (rivalParty.equals(party)) {
      rivalParty = names.party(random);
    }
    facts.put("party", party);
    facts.put("rivalParty", rivalParty);
    facts.put("product", names.product(random));
    facts.put(
        "n1", Integer.toString(1 + (int) Math.min(59, -Math.log(1 - random.nextDouble()) * 6)));
    facts.put("n2", Integer.toString(2 + random.nextInt(300)));
    facts.put("n3", Integer.toString(10 + random.nextInt(80)));
    facts.put("mag", String.format(Locale.ROOT, "%.1f", 4.0 + random.nextInt(39) / 10.0));
    double millions = Math.exp(Math.log(0.2) + random.nextDouble() * Math.log(900 / 0.2));
    facts.put("amount", String.format(Locale.ROOT, "%.1f million", millions));
    facts.put("years", Integer.toString(19 + random.nextInt(46)));
    return new SyntheticEvent(label, sequence, kind, happened, facts);
  }

  private static String capitalised(String upperCaseName) {
    return upperCaseName.charAt(0) + upperCaseName.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * {@code template} with each {@code {name}} replaced by the fact of that name.
   *
   * @throws IllegalArgumentException if the template names a fact the event does not have
   */
  public String fill(String template) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int end = template.indexOf('}', i);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed '{' in template: " + template);
      }
      String key = template.substring(i + 1, end);
      String value = facts.get(key);
      if (value == null) {
        throw new IllegalArgumentException("unknown fact '" + key + "' in template: " + template);
      }
      out.append(value);
      i = end + 1;
    }
    return out.toString();
  }
}
