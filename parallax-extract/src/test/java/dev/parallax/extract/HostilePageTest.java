package dev.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HostilePageTest {
  private static final String PROSE =
      "The council met on Tuesday, and after a long debate, it voted to approve the budget. ";

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(200_000));
    html.append("<p>").append(PROSE.repeat(5)).append("</p>");
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> ArticleExtractor.standard().extract(html.toString(), null));
  }

  @Test
  void deeplyNestedSpansDoNotOverflowTheStack() {
    StringBuilder html = new StringBuilder("<html><body><p>");
    html.append("<span>x ".repeat(200_000));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> ArticleExtractor.standard().extract(html.toString(), null));
  }

  @Test
  void manyNestedProseDivsStayFast() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int i = 0; i < 2000; i++) {
      html.append("<div>").append(PROSE);
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> ArticleExtractor.standard().extract(html.toString(), null));
  }
}
