package dev.parallax.analyze.quote;

import dev.parallax.analyze.internal.ContentWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups the quotes of one story's articles into statements: the same statement in different words
 * (a translation, a paraphrase, a shorter excerpt) becomes one {@link QuoteGroup}.
 *
 * <p>Two quotes from different articles are linked when they are of the same kind, their speakers
 * are compatible, and their content words overlap: at least {@code minSharedWords} shared
 * content-word stems making up at least {@code minOverlap} of the shorter quote's (the overlap
 * coefficient, so an excerpt matches the full quote it was cut from). Groups are the connected
 * components of these links. Two quotes of the same article are never linked directly: a reporter
 * who quotes twice quotes two statements (they can still meet through a third article that quotes
 * both as one).
 *
 * <p>Speakers are compatible when both are known and one's name is contained in the other's
 * ("Ghani", "President Ashraf Ghani"), or two roles share their head noun ("the Taliban official",
 * "the group official"). A quote with an unknown speaker needs {@value #UNKNOWN_SPEAKER_OVERLAP}
 * overlap.
 *
 * <p>Defaults and why: 0.5 and 3 words link the Ghani tweet of the two specimens (translation: 7 of
 * 9 shared, 0.78) and keep apart statements of one speaker on one subject, which share topic words
 * ("Taliban", "violence") but rarely three stems and half the shorter quote. Stateless and
 * thread-safe.
 */
public final class QuoteGrouper {
  /** Overlap a link needs when one side's speaker is unknown. */
  public static final double UNKNOWN_SPEAKER_OVERLAP = 0.8;

  private final double minOverlap;
  private final int minSharedWords;

  /**
   * A grouper with its own thresholds.
   *
   * @param minOverlap the least share of the shorter quote's content words both must have, in (0,
   *     1]
   * @param minSharedWords the fewest shared content words, at least 1; quotes shorter than this
   *     link only when all their words are shared and their speakers agree
   */
  public QuoteGrouper(double minOverlap, int minSharedWords) {
    if (!(minOverlap > 0 && minOverlap <= 1)) {
      throw new IllegalArgumentException("minOverlap must be in (0, 1]: " + minOverlap);
    }
    if (minSharedWords < 1) {
      throw new IllegalArgumentException("minSharedWords must be at least 1: " + minSharedWords);
    }
    this.minOverlap = minOverlap;
    this.minSharedWords = minSharedWords;
  }

  /** The grouper with the documented defaults (0.5 overlap, 3 shared words). */
  public static QuoteGrouper standard() {
    return new QuoteGrouper(0.5, 3);
  }

  /**
   * Groups quotes into statements. Every variant lands in exactly one group; groups come in the
   * order of their earliest variant.
   */
  public List<QuoteGroup> group(List<QuoteVariant> variants) {
    Objects.requireNonNull(variants, "variants");
    int n = variants.size();
    List<Set<String>> words = new ArrayList<>(n);
    for (QuoteVariant v : variants) {
      words.add(ContentWords.of(v.quote().text()));
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (linked(variants.get(i), words.get(i), variants.get(j), words.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> components = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<QuoteGroup> out = new ArrayList<>();
    for (List<Integer> members : components.values()) {
      List<QuoteVariant> vs = new ArrayList<>();
      for (int i : members) {
        vs.add(variants.get(i));
      }
      vs.sort(EARLIEST_FIRST);
      out.add(new QuoteGroup(bestSpeaker(vs), vs, vs.get(0)));
    }
    out.sort(Comparator.comparing(QuoteGroup::earliest, EARLIEST_FIRST));
    return List.copyOf(out);
  }

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Comparator<QuoteVariant> EARLIEST_FIRST =
      Comparator.comparing(
          QuoteVariant::published, Comparator.nullsLast(Comparator.naturalOrder()));

  private boolean linked(QuoteVariant a, Set<String> wa, QuoteVariant b, Set<String> wb) {
    if (a.articleId().equals(b.articleId()) || a.quote().kind() != b.quote().kind()) {
      return false;
    }
    int smaller = Math.min(wa.size(), wb.size());
    if (smaller == 0) {
      return false;
    }
    int shared = ContentWords.shared(wa, wb);
    double overlap = shared / (double) smaller;
    Speaker sa = a.quote().speaker();
    Speaker sb = b.quote().speaker();
    if (!sa.known() || !sb.known()) {
      return shared >= minSharedWords && overlap >= Math.max(minOverlap, UNKNOWN_SPEAKER_OVERLAP);
    }
    if (!compatible(sa, sb)) {
      return false;
    }
    if (smaller < minSharedWords) {
      return shared == smaller;
    }
    return shared >= minSharedWords && overlap >= minOverlap;
  }

  /** Whether two known speakers may be the same speaker. */
  static boolean compatible(Speaker a, Speaker b) {
    List<String> wa = nameWords(a.name());
    List<String> wb = nameWords(b.name());
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (wa.containsAll(wb) || wb.containsAll(wa)) {
      return true;
    }
    String headA = wa.get(wa.size() - 1);
    String headB = wb.get(wb.size() - 1);
    if (!headA.equals(headB) || a.role() != b.role()) {
      return false;
    }
    // Two roles with one head ("the Taliban official", "the group official") may be one person;
    // two full names with one surname ("Doug McDermott", "Greg McDermott") are two people.
    return a.role() || wa.size() == 1 || wb.size() == 1;
  }

  private static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(name.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("a") && !w.equals("an") && !w.equals("s")) {
        out.add(w);
      }
    }
    return out;
  }

  private static Speaker bestSpeaker(List<QuoteVariant> variants) {
    Speaker best = Speaker.UNKNOWN;
    for (QuoteVariant v : variants) {
      Speaker s = v.quote().speaker();
      if (!s.known()) {
        continue;
      }
      boolean better =
          !best.known()
              || (best.role() && !s.role())
              || (best.role() == s.role() && s.name().length() > best.name().length());
      if (better) {
        best = s;
      }
    }
    return best;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
