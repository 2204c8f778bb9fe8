package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parallax.core.ExtractedPage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Hostile nesting neither overflows the stack nor loses the article; timeouts are hang guards. */
class HostilePageTest {
  private static final String PROSE =
      "The council met on Tuesday, and after a long debate, it voted to approve the budget. ";
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(200_000));
    html.append("<p>").append(PROSE.repeat(5)).append("</p>");
    ExtractedPage page =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ArticleExtractor.standard().extract(html.toString(), null));
    assertThat(page.hasArticle()).isTrue();
    assertThat(page.text()).contains(PROSE.strip());
  }

  @Test
  void deeplyNestedSpansDoNotOverflowTheStack() {
    StringBuilder html = new StringBuilder("<html><body><p>");
    html.append("<span>x ".repeat(200_000));
    ExtractedPage page =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ArticleExtractor.standard().extract(html.toString(), null));
    assertThat(page.text()).isNotBlank().contains("x x");
  }

  @Test
  void manyNestedProseDivsKeepTheirText() {
    StringBuilder html = new StringBuilder("<html><body>");
    // Distinct sentences: identical lines would rightly be dropped as repeated boilerplate.
    for (int i = 0; i < 2000; i++) {
      html.append("<div>")
          .append("The council met on day ")
          .append(i)
          .append(", and after a long debate about item ")
          .append(i * 7)
          .append(", it voted to approve the budget. ");
    }
    ExtractedPage page =
        assertTimeoutPreemptively(
            HANG_GUARD, () -> ArticleExtractor.standard().extract(html.toString(), null));
    assertThat(page.hasArticle()).isTrue();
    assertThat(page.text()).contains("it voted to approve the budget.");
  }
}
