package dev.parallax.analyze.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.story.TimelineEntry.Kind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
  private static StoryArticle article(String id, String source, String time, String copyOf) {
    return new StoryArticle(id, source, Instant.parse(time), "title " + id, "text", copyOf);
  }

  @Test
  void firstReportsUpdatesAndCopiesInTimeOrder() {
    List<TimelineEntry> timeline =
        Timeline.of(
            List.of(
                article("c", "Wire", "2024-03-01T12:00:00Z", null),
                article("a", "Herald", "2024-03-01T10:00:00Z", null),
                article("d", "Gazette", "2024-03-01T12:30:00Z", "c"),
                article("b", "Herald", "2024-03-01T11:00:00Z", null),
                article("e", "Gazette", "2024-03-01T13:00:00Z", null)));
    assertThat(timeline)
        .extracting(TimelineEntry::articleId)
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(timeline)
        .extracting(TimelineEntry::kind)
        .containsExactly(
            Kind.FIRST_REPORT, Kind.UPDATE, Kind.FIRST_REPORT, Kind.COPY, Kind.FIRST_REPORT);
    assertThat(timeline.get(3).copyOf()).isEqualTo("c");
  }

  @Test
  void tiesAreOrderedById() {
    List<TimelineEntry> timeline =
        Timeline.of(
            List.of(
                article("z", "One", "2024-03-01T10:00:00Z", null),
                article("y", "Two", "2024-03-01T10:00:00Z", null)));
    assertThat(timeline).extracting(TimelineEntry::articleId).containsExactly("y", "z");
  }

  @Test
  void sourcesAreComparedWithoutCase() {
    List<TimelineEntry> timeline =
        Timeline.of(
            List.of(
                article("a", "Herald", "2024-03-01T10:00:00Z", null),
                article("b", "HERALD", "2024-03-01T11:00:00Z", null)));
    assertThat(timeline)
        .extracting(TimelineEntry::kind)
        .containsExactly(Kind.FIRST_REPORT, Kind.UPDATE);
  }

  @Test
  void emptyStoryHasEmptyTimeline() {
    assertThat(Timeline.of(List.of())).isEmpty();
  }
}
