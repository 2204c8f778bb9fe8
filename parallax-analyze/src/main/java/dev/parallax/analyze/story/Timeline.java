package dev.parallax.analyze.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds a story's timeline: each outlet's first report, its later updates, and copies. */
public final class Timeline {
  private Timeline() {}

  /**
   * The timeline of a story's articles, in time order (ties by id). An outlet's first non-copy
   * article is its first report; its later non-copy articles are updates; copies are marked as
   * copies whatever their outlet, since they add no new reporting.
   */
  public static List<TimelineEntry> of(List<StoryArticle> articles) {
    List<StoryArticle> sorted = new ArrayList<>(articles);
    sorted.sort(StoryArticle.BY_SEEN);
    Set<String> reported = new HashSet<>();
    List<TimelineEntry> out = new ArrayList<>(sorted.size());
    for (StoryArticle a : sorted) {
      TimelineEntry.Kind kind;
      if (a.isCopy()) {
        kind = TimelineEntry.Kind.COPY;
      } else if (reported.add(a.source().toLowerCase(Locale.ROOT))) {
        kind = TimelineEntry.Kind.FIRST_REPORT;
      } else {
        kind = TimelineEntry.Kind.UPDATE;
      }
      out.add(new TimelineEntry(a.seen(), a.source(), a.id(), a.title(), kind, a.copyOf()));
    }
    return List.copyOf(out);
  }
}
