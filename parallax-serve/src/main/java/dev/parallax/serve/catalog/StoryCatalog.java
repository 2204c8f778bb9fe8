package dev.parallax.serve.catalog;

import dev.parallax.store.StoryListing;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of every story's listing, kept sorted in each {@link StorySort} order, so
 * that a story list is a scan of a sorted array rather than an aggregate over every article.
 *
 * <p>Rebuilt by the writer after each commit ({@link #with}); readers hold whichever snapshot they
 * got. Thread-safe.
 */
public final class StoryCatalog {
  private final Map<String, StoryListing> byId;
  private final Map<StorySort, StoryListing[]> sorted;
  private final long articleCount;

  private StoryCatalog(Map<String, StoryListing> byId) {
    this.byId = byId;
    this.sorted = new EnumMap<>(StorySort.class);
    this.articleCount = byId.values().stream().mapToLong(l -> l.story().articleCount()).sum();
    StoryListing[] all = byId.values().toArray(new StoryListing[0]);
    for (StorySort sort : StorySort.values()) {
      StoryListing[] copy = all.clone();
      java.util.Arrays.sort(copy, sort.order());
      sorted.put(sort, copy);
    }
  }

  public static StoryCatalog of(Collection<StoryListing> listings) {
    Map<String, StoryListing> byId = new HashMap<>();
    for (StoryListing l : listings) {
      byId.put(l.story().id(), l);
    }
    return new StoryCatalog(byId);
  }

  /**
   * This catalog after a commit that touched {@code touched} stories: {@code changed} listings
   * added or replacing those of the same story, and touched stories that have no listing (merged
   * into another) dropped.
   */
  public StoryCatalog with(Collection<String> touched, Collection<StoryListing> changed) {
    if (touched.isEmpty() && changed.isEmpty()) {
      return this;
    }
    Map<String, StoryListing> byId = new HashMap<>(this.byId);
    // A touched story without a listing now holds no articles: it was merged into another.
    byId.keySet().removeAll(touched);
    for (StoryListing l : changed) {
      byId.put(l.story().id(), l);
    }
    return new StoryCatalog(byId);
  }

  public int size() {
    return byId.size();
  }

  /** The articles of every story. */
  public long articleCount() {
    return articleCount;
  }

  public Optional<StoryListing> get(String storyId) {
    return Optional.ofNullable(byId.get(storyId));
  }

  /**
   * The page {@code query} asks for. {@code onlyStories}, when not null, keeps only those story ids
   * (the stories an entity filter matched).
   */
  public StoryPage page(StoryQuery query, Set<String> onlyStories) {
    StoryListing[] order = sorted.get(query.sort());
    List<StoryListing> page = new ArrayList<>(Math.min(query.limit(), 1024));
    int total = 0;
    for (StoryListing l : order) {
      if (!matches(l, query, onlyStories)) {
        continue;
      }
      if (total >= query.offset() && page.size() < query.limit()) {
        page.add(l);
      }
      total++;
    }
    return new StoryPage(total, page);
  }

  private static boolean matches(StoryListing l, StoryQuery q, Set<String> onlyStories) {
    if (q.from() != null && l.story().lastSeen().isBefore(q.from())) {
      return false;
    }
    if (q.to() != null && l.story().firstSeen().isAfter(q.to())) {
      return false;
    }
    if (q.source() != null && !l.sources().contains(q.source())) {
      return false;
    }
    if (q.language() != null && !l.languages().contains(q.language())) {
      return false;
    }
    return onlyStories == null || onlyStories.contains(l.story().id());
  }
}
