package dev.parallax.analyze.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word senses from WordNet 3.1 for the words the {@link Lexicon} does not list: whether two verbs
 * name one act (a shared sense, or one a hypernym of the other within {@value #HYPERNYM_STEPS}
 * steps: "scorched" is a way of "burned"), whether they are opposites ("won" and "lost"), and
 * whether a noun's first sense is a made thing ("beds", not "patients"), whether two content-word
 * stems are synonyms by the first senses of their nouns or verbs ("film", "movie"), and whether two
 * counted nouns name one kind of thing ({@link #nounsAlike}: "jobs", "posts").
 *
 * <p>Reads {@code senses.tsv}, the part of WordNet these questions need, derived once by {@code
 * SensesTableWriter} (test scope) and carrying WordNet's licence. The table is loaded once per JVM,
 * by {@link #load} or on first use; its synonym sets and noun senses, the last and largest parts,
 * are read apart by {@link #loadSynonyms} or on first use, which only grouping does. Words are
 * looked up lower-case in any inflection: WordNet's irregular verb forms ("won") and its detachment
 * rules ("scorched" to "scorch", "stopped" to "stop"). Immutable after loading; thread-safe.
 */
final class Senses {
  private Senses() {}

  /** Hypernym steps from a sense within which one verb is still a kind of the other. */
  static final int HYPERNYM_STEPS = 2;

  /** The table, loaded when first asked for (initialisation-on-demand holder). */
  private static final class Table {
    static final Table INSTANCE = load();

    final Map<String, int[]> verbSenses = new HashMap<>();
    final Map<Integer, int[]> parents = new HashMap<>();
    final Map<String, Set<String>> antonyms = new HashMap<>();
    final Map<String, List<String>> irregular = new HashMap<>();
    final Set<String> artifacts = new HashSet<>();
    final Set<String> persons = new HashSet<>();

    private static Table load() {
      Table t = new Table();
      try (BufferedReader r = open()) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("#") || line.isBlank()) {
            continue;
          }
          if (line.startsWith("s\t") || line.startsWith("n\t") || line.startsWith("g\t")) {
            break; // synonym sets and noun senses come last, read when a grouper asks
          }
          String[] f = line.split("\t", -1);
          switch (f[0]) {
            case "h" -> t.parents.put(Integer.parseInt(f[1], 36), ids(f[2]));
            case "v" -> t.verbSenses.put(f[1], ids(f[2]));
            case "o" -> t.antonyms.put(f[1], Set.of(f[2].split(",")));
            case "x" -> t.irregular.put(f[1], List.of(f[2].split(",")));
            case "a" -> t.artifacts.add(f[1]);
            case "p" -> t.persons.add(f[1]);
            default -> throw new IllegalStateException("senses.tsv: unknown line kind " + f[0]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return t;
    }

    private static int[] ids(String field) {
      String[] parts = field.split(",");
      int[] out = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        out[i] = Integer.parseInt(parts[i], 36);
      }
      return out;
    }
  }

  /** Opens the table on the class path. */
  private static BufferedReader open() {
    InputStream in = Senses.class.getResourceAsStream("senses.tsv");
    if (in == null) {
      throw new IllegalStateException("senses.tsv is not on the class path");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The "s", "n" and "g" lines of the table (synonym sets, the first senses of counted nouns and
   * the parents of noun synsets), read in one pass apart from the rest when a grouper first
   * compares sentences or counted things, so that extraction at ingest, which asks only for
   * persons, does not pay for them.
   */
  private static final class Synonyms {
    static final Map<String, int[]> SETS = new HashMap<>(1 << 16);
    static final Map<String, int[]> NOUN_SENSES = new HashMap<>(1 << 15);
    static final Map<Integer, int[]> NOUN_PARENTS = new HashMap<>(1 << 16);

    static {
      try (BufferedReader r = open()) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.length() < 2 || line.charAt(1) != '\t') {
            continue;
          }
          char type = line.charAt(0);
          if (type == 's' || type == 'n' || type == 'g') {
            int tab = line.indexOf('\t', 2);
            String key = line.substring(2, tab);
            int[] ids = Table.ids(line.substring(tab + 1));
            if (type == 's') {
              SETS.put(key, ids);
            } else if (type == 'n') {
              NOUN_SENSES.put(key, ids);
            } else {
              NOUN_PARENTS.put(Integer.parseInt(key, 36), ids);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Whether two content-word stems ({@code ContentWords.stem} of a lower-case word: "movi", "film")
   * name one thing or act by WordNet: a noun or verb of each is in one synonym set through one of
   * its first two senses ("film" and "movie", "grossed" and "earned"). False for equal stems and
   * for stems WordNet does not know.
   */
  static boolean stemsAlike(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    int[] sa = Synonyms.SETS.get(a);
    int[] sb = Synonyms.SETS.get(b);
    if (sa == null || sb == null) {
      return false;
    }
    for (int x : sa) {
      for (int y : sb) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether two counted head nouns (lower-case, singular or plural) name one kind of thing by
   * WordNet: a sense of one, among the first senses the table keeps (the most frequent), is a sense
   * of the other or a hypernym of it within {@value #HYPERNYM_STEPS} steps, and one of the two
   * senses is its noun's first: "post" (a job in an organisation) is a kind of "job", a "takeover"
   * of "acquisition", a "car" of "vehicle". Two minor senses do not meet ("soldier" and "worker"
   * are both kinds of ant). False for equal nouns and for nouns the table does not know; "case" and
   * "jab", "rent" and "price" do not meet, nor "miner" and "worker", four steps apart in WordNet
   * 3.1.
   */
  static boolean nounsAlike(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    int[] sa = nounIds(a);
    int[] sb = nounIds(b);
    if (sa == null || sb == null) {
      return false;
    }
    List<Set<Integer>> above = nounAncestors(sa);
    List<Set<Integer>> aboveB = nounAncestors(sb);
    for (int i = 0; i < sa.length; i++) {
      for (int j = 0; j < sb.length; j++) {
        // one side's first sense takes part: "soldier" and "worker" meet only as ants
        if ((i == 0 || j == 0)
            && (sa[i] == sb[j] || above.get(i).contains(sb[j]) || aboveB.get(j).contains(sa[i]))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The hypernyms within {@value #HYPERNYM_STEPS} steps of each of some noun senses. */
  private static List<Set<Integer>> nounAncestors(int[] senses) {
    List<Set<Integer>> out = new ArrayList<>(senses.length);
    for (int sense : senses) {
      out.add(ancestors(Set.of(sense), Synonyms.NOUN_PARENTS));
    }
    return out;
  }

  /**
   * Whether WordNet's table knows a counted head noun (lower-case, singular or plural) among the
   * nouns SemCor attests.
   */
  static boolean knowsNoun(String noun) {
    return nounIds(noun) != null;
  }

  /**
   * The table's senses of a noun: as given, as {@link Counted#singular} makes it, or with the "e"
   * that singular strips from "-ses" plurals restored ("cas" of "cases" is "case").
   */
  private static int[] nounIds(String noun) {
    int[] ids = Synonyms.NOUN_SENSES.get(noun);
    if (ids == null) {
      ids = Synonyms.NOUN_SENSES.get(Counted.singular(noun));
    }
    if (ids == null && noun.endsWith("s")) {
      ids = Synonyms.NOUN_SENSES.get(noun + "e");
    }
    return ids;
  }

  /** Reads the synonym sets and noun senses now, so that the first story read does not pay. */
  static void loadSynonyms() {
    if (Synonyms.SETS.isEmpty()) {
      throw new IllegalStateException("senses.tsv holds no synonym sets");
    }
    if (Synonyms.NOUN_SENSES.isEmpty()) {
      throw new IllegalStateException("senses.tsv holds no noun senses");
    }
  }

  /**
   * Reads the table now rather than on first use, so that a missing or broken table fails where the
   * grouper is made, not in the middle of a story.
   */
  static void load() {
    if (Table.INSTANCE.verbSenses.isEmpty()) {
      throw new IllegalStateException("senses.tsv holds no verb senses");
    }
  }

  /** Detachment rules of WordNet's morphy for verbs: suffix and its replacement. */
  private static final String[][] VERB_SUFFIXES = {
    {"s", ""},
    {"ies", "y"},
    {"es", "e"},
    {"es", ""},
    {"ed", "e"},
    {"ed", ""},
    {"ing", "e"},
    {"ing", ""}
  };

  /**
   * Whether two verbs (lower-case, any inflection) share a sense or one is a hypernym of the other
   * within {@value #HYPERNYM_STEPS} steps; false when either is not in WordNet.
   */
  static boolean verbsAlike(String a, String b) {
    Set<Integer> sa = verbSenses(a);
    Set<Integer> sb = verbSenses(b);
    if (sa.isEmpty() || sb.isEmpty()) {
      return false;
    }
    return intersects(sa, sb) || intersects(hypernyms(sa), sb) || intersects(hypernyms(sb), sa);
  }

  /** Whether two verbs (lower-case, any inflection) are antonyms ("won", "lost"). */
  static boolean verbsOpposed(String a, String b) {
    Table t = Table.INSTANCE;
    Set<String> lb = lemmas(b);
    for (String la : lemmas(a)) {
      for (String o : t.antonyms.getOrDefault(la, Set.of())) {
        if (lb.contains(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a noun's (lower-case, singular or plural) first sense is a made thing, under WordNet's
   * "artifact": "beds", "phones"; not "patients", "crowd" or "capacity".
   */
  static boolean isArtifact(String noun) {
    Set<String> artifacts = Table.INSTANCE.artifacts;
    return artifacts.contains(noun) || artifacts.contains(Counted.singular(noun));
  }

  /**
   * Whether a noun's (lower-case, singular or plural) first sense is a person, under WordNet's
   * "person": "supporters", "mourners", "worshippers", "onlookers"; not "crowd" or "jobs".
   */
  static boolean isPerson(String noun) {
    Set<String> persons = Table.INSTANCE.persons;
    return persons.contains(noun) || persons.contains(Counted.singular(noun));
  }

  /** The verb lemmas, each with verb senses, that WordNet knows a form as. */
  private static Set<String> lemmas(String form) {
    Table t = Table.INSTANCE;
    Set<String> out = new HashSet<>();
    for (String lemma : t.irregular.getOrDefault(form, List.of())) {
      if (t.verbSenses.containsKey(lemma)) {
        out.add(lemma); // some irregular forms name a lemma with no verb sense ("airdropped")
      }
    }
    if (t.verbSenses.containsKey(form)) {
      out.add(form);
    }
    for (String[] rule : VERB_SUFFIXES) {
      if (form.endsWith(rule[0]) && form.length() > rule[0].length() + 1) {
        String stem = form.substring(0, form.length() - rule[0].length()) + rule[1];
        if (t.verbSenses.containsKey(stem)) {
          out.add(stem);
        }
        int n = stem.length();
        if (rule[1].isEmpty() && n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
          String single = stem.substring(0, n - 1); // "stopped": "stopp" is "stop"
          if (t.verbSenses.containsKey(single)) {
            out.add(single);
          }
        }
      }
    }
    return out;
  }

  private static Set<Integer> verbSenses(String form) {
    Set<Integer> out = new HashSet<>();
    for (String lemma : lemmas(form)) {
      for (int s : Table.INSTANCE.verbSenses.get(lemma)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The hypernyms of some verb senses up to {@value #HYPERNYM_STEPS} steps. */
  private static Set<Integer> hypernyms(Set<Integer> senses) {
    return ancestors(senses, Table.INSTANCE.parents);
  }

  /**
   * The ancestors of some synsets by a parent table up to {@value #HYPERNYM_STEPS} steps, the
   * synsets themselves excluded.
   */
  private static Set<Integer> ancestors(Set<Integer> senses, Map<Integer, int[]> parents) {
    Set<Integer> out = new HashSet<>();
    Set<Integer> frontier = senses;
    for (int i = 0; i < HYPERNYM_STEPS && !frontier.isEmpty(); i++) {
      Set<Integer> next = new HashSet<>();
      for (int s : frontier) {
        for (int p : parents.getOrDefault(s, new int[0])) {
          if (out.add(p)) {
            next.add(p);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  private static boolean intersects(Set<Integer> a, Set<Integer> b) {
    for (int s : a) {
      if (b.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
