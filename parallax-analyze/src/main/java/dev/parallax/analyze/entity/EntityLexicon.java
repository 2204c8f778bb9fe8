package dev.parallax.analyze.entity;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The gazetteers and cue-word lists the recognizer and the merger use, read once from the resource
 * files next to this class.
 *
 * <p>Immutable and thread-safe after construction. Names are looked up in a normal form ({@link
 * #normalize}) that collapses white space and the space inside spaced initials ("U. S." is "U.S.").
 */
final class EntityLexicon {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern SPACED_INITIALS =
      Pattern.compile("(?<=\\b\\p{Lu}\\.) (?=\\p{Lu}\\.)");

  private final Map<String, EntityType> names;
  private final int maxNameWords;
  private final Map<String, EntityType> cues;
  private final Set<String> givenNames;
  private final Set<String> demonyms;
  private final Set<String> breakers;
  private final Set<String> nonEntities;
  private final Set<String> titles;
  private final int maxTitleWords;
  private final Set<String> titleModifiers;
  private final Set<String> abbreviations;
  private final Map<String, String> canonicalByAlias;
  private final Map<String, Set<String>> contextWords;

  private EntityLexicon(
      Map<String, EntityType> names,
      Map<String, EntityType> cues,
      Set<String> givenNames,
      Set<String> demonyms,
      Set<String> breakers,
      Set<String> nonEntities,
      Set<String> titles,
      Set<String> titleModifiers,
      Map<String, String> canonicalByAlias,
      Map<String, Set<String>> contextWords) {
    this.names = Map.copyOf(names);
    this.maxNameWords = maxWords(names.keySet());
    this.cues = Map.copyOf(cues);
    this.givenNames = Set.copyOf(givenNames);
    this.demonyms = Set.copyOf(demonyms);
    this.breakers = Set.copyOf(breakers);
    this.nonEntities = Set.copyOf(nonEntities);
    this.titles = Set.copyOf(titles);
    this.maxTitleWords = maxWords(titles);
    this.titleModifiers = Set.copyOf(titleModifiers);
    this.canonicalByAlias = Map.copyOf(canonicalByAlias);
    this.contextWords = Map.copyOf(contextWords);
    Set<String> abbr = new HashSet<>(List.of("Jr.", "Sr.", "St.", "Mt.", "Ft.", "No.", "Ave."));
    for (Set<String> words :
        List.of(names.keySet(), cues.keySet(), titles, titleModifiers, breakers, nonEntities)) {
      for (String entry : words) {
        for (String w : entry.split(" ")) {
          if (w.length() > 1 && w.endsWith(".")) {
            abbr.add(w);
          }
        }
      }
    }
    this.abbreviations = Set.copyOf(abbr);
  }

  /** Holder idiom: the lexicon is read on first use, once per class loader. */
  private static final class Standard {
    static final EntityLexicon INSTANCE = load();
  }

  /** The lexicon built from the bundled resource files, read once. */
  static EntityLexicon standard() {
    return Standard.INSTANCE;
  }

  private static EntityLexicon load() {
    Map<String, EntityType> names = new HashMap<>();
    // Later files do not override earlier ones: places win over organisations, which win over
    // other names ("Vatican", "Georgia").
    putAll(names, lines("places.txt"), EntityType.PLACE);
    putAll(names, lines("organizations.txt"), EntityType.ORGANIZATION);
    putAll(names, lines("other-names.txt"), EntityType.OTHER);
    Map<String, EntityType> cues = new HashMap<>();
    putAll(cues, lines("org-cues.txt"), EntityType.ORGANIZATION);
    putAll(cues, lines("place-cues.txt"), EntityType.PLACE);
    Map<String, List<String>> titles = sections("person-titles.txt");
    Map<String, List<String>> nonEntities = sections("non-entities.txt");
    Map<String, String> canonical = new HashMap<>();
    for (String line : lines("aliases.txt")) {
      String[] forms = line.split("\\s*\\|\\s*");
      String name = normalize(forms[0]);
      for (String form : forms) {
        canonical.putIfAbsent(normalize(form), name);
      }
    }
    return new EntityLexicon(
        names,
        cues,
        new HashSet<>(lines("given-names.txt")),
        new HashSet<>(lines("demonyms.txt")),
        new HashSet<>(nonEntities.get("breakers")),
        new HashSet<>(nonEntities.get("alone")),
        normalized(titles.get("titles")),
        normalized(titles.get("modifiers")),
        canonical,
        contextWords());
  }

  /** The lines of a resource split by "[name]" section headers; each named section must exist. */
  private static Map<String, List<String>> sections(String resource) {
    Map<String, List<String>> out = new HashMap<>();
    List<String> current = null;
    for (String line : lines(resource)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new UncheckedIOException(
            new IOException(resource + ": line outside a [section]: " + line));
      } else {
        current.add(line);
      }
    }
    return out;
  }

  private static Map<String, Set<String>> contextWords() {
    Map<String, Set<String>> out = new HashMap<>();
    sections("context-words.txt").forEach((name, words) -> out.put(name, Set.copyOf(words)));
    return out;
  }

  private static Set<String> normalized(List<String> entries) {
    Set<String> out = new HashSet<>();
    for (String e : entries) {
      out.add(normalize(e));
    }
    return out;
  }

  private static void putAll(Map<String, EntityType> map, List<String> entries, EntityType type) {
    for (String e : entries) {
      map.putIfAbsent(normalize(e), type);
    }
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("entity resource " + resource + " is not on the class path"));
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity resource " + resource, e);
    }
    return out;
  }

  private static int maxWords(Set<String> entries) {
    int max = 1;
    for (String e : entries) {
      max = Math.max(max, e.split(" ").length);
    }
    return max;
  }

  /** The lookup form of a name: single spaces, spaced initials closed up ("U. S." is "U.S."). */
  static String normalize(String name) {
    if (plain(name)) {
      return name;
    }
    String s = SPACE.matcher(name.strip()).replaceAll(" ");
    return SPACED_INITIALS.matcher(s).replaceAll("");
  }

  /** Whether a name is already in normal form: no odd spaces, no spaced initial. */
  private static boolean plain(String name) {
    int n = name.length();
    if (n == 0 || name.charAt(0) == ' ' || name.charAt(n - 1) == ' ') {
      return n == 0;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        if (name.charAt(i - 1) == ' ' || name.charAt(i - 1) == '.') {
          return false;
        }
      } else if (Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The type of a known name, or null. */
  EntityType name(String normalizedName) {
    return names.get(normalizedName);
  }

  /** The largest number of words in a known name. */
  int maxNameWords() {
    return maxNameWords;
  }

  /** The type a cue word gives the name it ends ("Inc." is ORGANIZATION), or null. */
  EntityType cue(String word) {
    return cues.get(word);
  }

  boolean givenName(String word) {
    return givenNames.contains(word) || givenNames.contains(titleCase(word));
  }

  boolean demonym(String word) {
    return demonyms.contains(word);
  }

  /** Whether a word ends any name it stands in (months, weekdays, time zones). */
  boolean breaker(String word) {
    return breakers.contains(word);
  }

  /** Whether a name, as a whole, is never an entity ("Tuesday", "CEO", "Internet"). */
  boolean nonEntity(String normalizedName) {
    return nonEntities.contains(normalizedName);
  }

  boolean title(String normalizedPhrase) {
    return titles.contains(normalizedPhrase);
  }

  int maxTitleWords() {
    return maxTitleWords;
  }

  boolean titleModifier(String word) {
    return titleModifiers.contains(word);
  }

  /** Whether a word keeps its final full stop ("Calif.", "Inc.", "Jr."). */
  boolean abbreviation(String word) {
    return abbreviations.contains(word);
  }

  /**
   * One section of the recognizer's context words ("person-roles", "place-next"...).
   *
   * @throws IllegalArgumentException if there is no such section
   */
  Set<String> words(String section) {
    Set<String> words = contextWords.get(section);
    if (words == null) {
      throw new IllegalArgumentException("no context-words section: " + section);
    }
    return words;
  }

  /** The canonical name of an alias ("U.S." is "United States"), or null. */
  String canonical(String normalizedName) {
    return canonicalByAlias.get(normalizedName);
  }

  /**
   * Whether {@code word.equals(word.toUpperCase(Locale.ROOT))}; ASCII words, nearly all of them,
   * are checked without building the upper-case copy. The recognizer asks this for every word.
   */
  static boolean upperCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128) {
        return word.equals(word.toUpperCase(Locale.ROOT));
      }
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /** "PETER" as "Peter"; other words unchanged. */
  static String titleCase(String word) {
    if (word.length() < 2 || !upperCase(word)) {
      return word;
    }
    return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
