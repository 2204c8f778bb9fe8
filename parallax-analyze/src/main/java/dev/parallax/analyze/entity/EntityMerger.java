package dev.parallax.analyze.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the entity mentions of a story's articles into entities with one canonical name each.
 *
 * <p>Mentions with the same name (ignoring case, a leading "The", titles and a possessive) are one
 * entity; names the alias table lists together are one entity ("U.S.", "US" and "United States"); a
 * person's surname or first name alone joins the one person of the story whose full name ends or
 * starts with it ("Ghani" joins "Ashraf Ghani" unless the story also names "Rula Ghani"); an
 * acronym joins the one organisation whose initials it spells ("CEC"). The canonical name is the
 * alias table's name or the longest form; the type is the one most mentions have.
 *
 * <p>Thread-safe and stateless; the result does not depend on the order of the articles.
 */
public final class EntityMerger {
  private static final Set<String> LOWER_WORDS =
      Set.of("of", "and", "for", "the", "de", "du", "la", "le", "al", "&", "at", "in", "on");

  private final EntityLexicon lexicon;

  private EntityMerger(EntityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The merger with the bundled alias table. */
  public static EntityMerger standard() {
    return new EntityMerger(EntityLexicon.standard());
  }

  /** The mentions of one name: its forms, type votes and sources. */
  private static final class Group {
    final String key;
    final List<String> tokens;
    final String aliasName;
    final Map<String, Integer> forms = new HashMap<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final Set<String> sources = new HashSet<>();
    int mentions;

    Group(String key, String aliasName) {
      this.key = key;
      this.tokens = List.of(key.split(" "));
      this.aliasName = aliasName;
    }

    EntityType type() {
      return majority(votes);
    }
  }

  /**
   * The entities of a story, most widely sourced first (then most mentioned, then by name).
   *
   * @param articles each article's mentions with its source
   */
  public List<StoryEntity> merge(List<SourcedMentions> articles) {
    Objects.requireNonNull(articles, "articles");
    Map<String, Group> groups = new TreeMap<>();
    for (SourcedMentions article : articles) {
      for (EntityMention m : article.mentions()) {
        String form = form(m.text());
        if (form.isEmpty()) {
          continue;
        }
        String alias = lexicon.canonical(form);
        String key = key(alias != null ? alias : form);
        Group g = groups.computeIfAbsent(key, k -> new Group(k, alias));
        g.forms.merge(form, 1, Integer::sum);
        g.votes.merge(m.type(), 1, Integer::sum);
        g.sources.add(article.source());
        g.mentions++;
      }
    }
    Map<String, String> parent = new HashMap<>();
    List<Group> byLength = new ArrayList<>(groups.values());
    byLength.sort(Comparator.comparingInt((Group g) -> -g.tokens.size()).thenComparing(g -> g.key));
    for (Group g : byLength) {
      if (g.type() == EntityType.PERSON) {
        linkPerson(g, byLength, parent);
      } else if (g.tokens.size() == 1 && g.type() == EntityType.ORGANIZATION) {
        linkAcronym(g, byLength, parent);
      }
    }
    Map<String, List<Group>> members = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      members.computeIfAbsent(find(parent, g.key), k -> new ArrayList<>()).add(g);
    }
    List<StoryEntity> out = new ArrayList<>();
    for (List<Group> entity : members.values()) {
      out.add(entity(entity));
    }
    out.sort(
        Comparator.comparingInt((StoryEntity e) -> -e.sources())
            .thenComparingInt(e -> -e.mentions())
            .thenComparing(StoryEntity::canonical));
    return List.copyOf(out);
  }

  /** Joins a person's partial name to the one longer person name it ends or starts. */
  private void linkPerson(Group g, List<Group> groups, Map<String, String> parent) {
    Set<String> roots = new HashSet<>();
    for (Group h : groups) {
      if (h.tokens.size() <= g.tokens.size() || h.type() != EntityType.PERSON) {
        continue;
      }
      boolean suffix =
          h.tokens.subList(h.tokens.size() - g.tokens.size(), h.tokens.size()).equals(g.tokens);
      boolean firstName = g.tokens.size() == 1 && h.tokens.get(0).equals(g.tokens.get(0));
      if (suffix || firstName) {
        roots.add(find(parent, h.key));
      }
    }
    if (roots.size() == 1) {
      parent.put(g.key, roots.iterator().next());
    }
  }

  /** Joins an acronym ("cec") to the one organisation whose initials it spells. */
  private void linkAcronym(Group g, List<Group> groups, Map<String, String> parent) {
    String letters = g.key.replace(".", "");
    if (letters.length() < 2 || !letters.chars().allMatch(Character::isLetter)) {
      return;
    }
    Set<String> roots = new HashSet<>();
    for (Group h : groups) {
      if (h.tokens.size() >= 2 && h.type() == EntityType.ORGANIZATION) {
        StringBuilder initials = new StringBuilder();
        for (String t : h.tokens) {
          if (!LOWER_WORDS.contains(t)) {
            initials.append(t.charAt(0));
          }
        }
        if (initials.toString().equals(letters)) {
          roots.add(find(parent, h.key));
        }
      }
    }
    if (roots.size() == 1) {
      parent.put(g.key, roots.iterator().next());
    }
  }

  private static String find(Map<String, String> parent, String key) {
    String k = key;
    while (parent.containsKey(k)) {
      k = parent.get(k);
    }
    return k;
  }

  private StoryEntity entity(List<Group> groups) {
    Map<String, Integer> forms = new HashMap<>();
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    Set<String> sources = new HashSet<>();
    int mentions = 0;
    Group aliased = null;
    for (Group g : groups) {
      g.forms.forEach((f, n) -> forms.merge(f, n, Integer::sum));
      g.votes.forEach((t, n) -> votes.merge(t, n, Integer::sum));
      sources.addAll(g.sources);
      mentions += g.mentions;
      if (g.aliasName != null && (aliased == null || g.mentions > aliased.mentions)) {
        aliased = g;
      }
    }
    List<String> ordered = new ArrayList<>(forms.keySet());
    ordered.sort(
        Comparator.comparingInt((String f) -> -forms.get(f))
            .thenComparing(Comparator.naturalOrder()));
    String canonical = aliased != null ? aliased.aliasName : longest(forms);
    return new StoryEntity(canonical, majority(votes), mentions, sources.size(), ordered);
  }

  /** The longest form: most words, then most chars, then most frequent, then first by order. */
  private static String longest(Map<String, Integer> forms) {
    return forms.keySet().stream()
        .min(
            Comparator.comparingInt((String f) -> -f.split(" ").length)
                .thenComparingInt(f -> -f.length())
                .thenComparingInt(f -> -forms.get(f))
                .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }

  private static EntityType majority(Map<EntityType, Integer> votes) {
    EntityType best = null;
    for (EntityType t : EntityType.values()) {
      if (votes.getOrDefault(t, 0) > 0 && (best == null || votes.get(t) > votes.get(best))) {
        best = t;
      }
    }
    return best;
  }

  /** A mention as a name: single spaces, no title before it, no possessive after it. */
  private String form(String text) {
    String s = EntityLexicon.normalize(text);
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (lexicon.name(s) != null) {
      return s; // "General Motors" is a name, not a title and a name
    }
    List<String> words = List.of(s.split(" "));
    int i = 0;
    int afterTitle = 0;
    while (i < words.size() - 1) {
      int len = titleAt(words, i);
      if (len > 0) {
        i += len;
        afterTitle = i;
      } else if (lexicon.titleModifier(words.get(i))) {
        i++;
      } else {
        break;
      }
    }
    if (afterTitle == 0
        || afterTitle >= words.size()
        || lexicon.cue(words.get(words.size() - 1)) != null) {
      return s;
    }
    return String.join(" ", words.subList(afterTitle, words.size()));
  }

  private int titleAt(List<String> words, int i) {
    for (int len = Math.min(lexicon.maxTitleWords(), words.size() - 1 - i); len > 0; len--) {
      if (lexicon.title(String.join(" ", words.subList(i, i + len)))) {
        return len;
      }
    }
    return 0;
  }

  /** The grouping key of a name: lower case, without a leading "the". */
  private static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    return k.startsWith("the ") && k.length() > 4 ? k.substring(4) : k;
  }
}
