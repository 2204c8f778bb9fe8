package dev.parallax.analyze.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The direction a percentage moved, read from the word right next to it: "up 4.2%", "rose by 4.2%",
 * "closed 4.2% higher" went up; "down 4.2%", "fell 4.2%", "ended 4.2% lower" went down. Two sources
 * that give one change opposite directions conflict whatever its size. A percentage after "to"
 * ("fell to 3%") is a level, not a change, and has none; so has a claim written more than once in
 * its sentence. Stateless and thread-safe.
 */
final class Direction {
  private Direction() {}

  private static final Set<String> UP_BEFORE = Set.of("up", "higher");
  private static final Set<String> DOWN_BEFORE = Set.of("down", "lower", "lost", "shed");
  private static final Set<String> UP_AFTER = Set.of("up", "higher");
  private static final Set<String> DOWN_AFTER = Set.of("down", "lower");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** +1 for a rise, -1 for a fall, 0 when the claim is no percentage or its words say neither. */
  static int of(ClaimValue v) {
    NumericClaim c = v.claim();
    if (c.kind() != ClaimKind.PERCENT) {
      return 0;
    }
    String s = v.sentence().toLowerCase(Locale.ROOT);
    String t = c.text().toLowerCase(Locale.ROOT);
    int at = s.indexOf(t);
    if (at < 0 || s.indexOf(t, at + 1) >= 0) {
      return 0;
    }
    String before = lastWord(s.substring(0, at));
    if (before.equals("by")) {
      before = lastWord(s.substring(0, s.lastIndexOf("by", at)));
    }
    String after = firstWord(s.substring(at + t.length()));
    String cls = before.isEmpty() ? null : Lexicon.wordClass(before);
    if (UP_BEFORE.contains(before) || "rise".equals(cls) || UP_AFTER.contains(after)) {
      return DOWN_AFTER.contains(after) ? 0 : 1;
    }
    if (DOWN_BEFORE.contains(before) || "fall".equals(cls) || DOWN_AFTER.contains(after)) {
      return -1;
    }
    return 0;
  }

  /** Whether two values went opposite ways. */
  static boolean opposed(ClaimValue a, ClaimValue b) {
    return of(a) * of(b) < 0;
  }

  private static String lastWord(String text) {
    Matcher m = WORD.matcher(text);
    String last = "";
    while (m.find()) {
      last = m.group();
    }
    // only the word right before the claim: nothing but spaces or a currency sign may follow it
    return text.endsWith(last) || text.stripTrailing().endsWith(last) ? last : "";
  }

  private static String firstWord(String text) {
    Matcher m = WORD.matcher(text);
    return m.find() && text.substring(0, m.start()).isBlank() ? m.group() : "";
  }
}
