package dev.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Page layouts that once lost the article or took the wrong one; one test per fix. */
class ArticleLayoutsTest {
  private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();

  private static String text(String html) {
    return EXTRACTOR.extract(html, "https://example.org/page").text();
  }

  private static String teaser(int n) {
    return """
        <article class="postbox"><h2><a href="/post-%d">Another post number %d</a></h2>
        <p>Teaser %d: a longer text than the post itself, with commas, clauses, asides and more,
        written to look like prose, so that it scores well, often better than the short post at
        the top of the page, which is the one a reader came for, and the one the page is about,
        while this one is only a preview of something else on the same site, cut short …</p>
        </article>
        """
        .formatted(n, n, n);
  }

  @Test
  void takesThePostWithTheHeadlineNotTheTeasersBelowIt() {
    String html =
        """
        <html><body><div id="main">
        <article class="post"><h1>On patience</h1>
        <p>Patience is the quiet skill of waiting without losing heart, and of letting things grow
        at their own pace instead of ours, which is harder than it sounds. It asks us to trust
        what we cannot yet see, and to keep going when nothing seems to change at all.</p>
        </article>
        %s%s%s%s
        </div></body></html>
        """
            .formatted(teaser(1), teaser(2), teaser(3), teaser(4));
    assertThat(text(html))
        .contains("Patience is the quiet skill of waiting")
        .doesNotContain("Teaser");
  }

  @Test
  void keepsAListOfPostsWhenNoPostCarriesTheHeadline() {
    String html =
        "<html><body><h1>Blog</h1><div id=\"main\">%s%s%s</div></body></html>"
            .formatted(teaser(1), teaser(2), teaser(3));
    assertThat(text(html)).contains("Teaser 1", "Teaser 2", "Teaser 3");
  }

  @Test
  void writesEachRowOfADataTableAsOneLine() {
    StringBuilder rows = new StringBuilder();
    String[] drivers = {"Ada Lind", "Ben Moro", "Cleo Park", "Dan Quist", "Eva Roth", "Finn Sato"};
    for (int i = 0; i < drivers.length; i++) {
      rows.append(
          "<tr><td>%d</td><td>%s</td><td>%d</td><td>%d</td></tr>%n"
              .formatted(i + 1, drivers[i], 5000 - 40 * i, 6 - i));
    }
    String html =
        """
        <html><body><article>
        <p>These are the standings of the championship after the last race of the season, with
        points and wins for every driver who scored, updated after each round.</p>
        <table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th></tr>
        %s</table>
        <p>Only the first twelve drivers take part in the play-offs over the final ten races.</p>
        </article></body></html>
        """
            .formatted(rows);
    assertThat(text(html))
        .contains("\n\nPos. Driver Points Wins\n\n1 Ada Lind 5000 6\n\n")
        .contains("6 Finn Sato 4800 1");
  }

  @Test
  void keepsALayoutTableCellAsItsOwnParagraph() {
    String html =
        """
        <html><body><table><tr>
        <td><a href="/">Home</a> <a href="/a">Archive</a> <a href="/b">About</a></td>
        <td><p>An old page laid out with a table still keeps its article, paragraph by paragraph,
        and the menu in the next cell stays out of it, as it always did.</p>
        <p>A second paragraph, long enough to count as prose on its own, closes the article with
        a sentence or two about nothing in particular.</p></td>
        </tr></table></body></html>
        """;
    assertThat(text(html))
        .startsWith("An old page laid out with a table")
        .doesNotContain("Archive");
  }

  /** {@code inner} under {@code depth} wrappers, the outermost with a dateline beside them. */
  private static String deep(String inner, int depth) {
    return "<div><time>12 May</time>"
        + "<div>".repeat(depth - 1)
        + inner
        + "</div>".repeat(depth - 1)
        + "</div>";
  }

  @Test
  void keepsAnArticleChunkWhoseParagraphsSitDeeperThanScoresClimb() {
    String first =
        """
        <p>The first part of the story sits deep in wrappers of its own, as page builders nest
        it, so no score climbs as far as the chunk that holds it, though it is the lead.</p>
        <p>It still reads as prose, with commas, names and numbers, and a reader would miss it
        at once if the extractor skipped it and started with the second part instead.</p>
        <p>A third paragraph of the lead, again with commas, makes sure the chunk holds more than
        enough prose to count as part of the article, whatever its depth in the page.</p>
        """;
    String later =
        """
        <p>Part %1$d goes on with the story, a paragraph with commas, clauses and the kind of
        detail that makes it score well, sitting right under the chunk that holds it.</p>
        <p>Part %1$d ends with another paragraph of prose, long enough, with a comma or two, to
        count for the chunk it sits in and make it a strong candidate for the article.</p>
        <p>Part %1$d also has a third paragraph, which, like the others, has commas in it, and a
        fourth one follows it, so that this chunk scores above the deep one.</p>
        <p>Part %1$d closes with that fourth paragraph, short, plain, but still long enough, with
        a comma, to add to the score of the chunk it sits in.</p>
        """;
    String html =
        """
        <html><body>
        <div class="chunk">%s</div>
        <div class="ad-slot"><a href="/ad">Buy now</a></div>
        <div class="chunk">%s</div>
        <div class="ad-slot"><a href="/ad">Buy now</a></div>
        <div class="chunk">%s</div>
        </body></html>
        """
            .formatted(deep(first, 6), later.formatted(2), later.formatted(3));
    assertThat(text(html))
        .startsWith("The first part of the story")
        .contains("Part 2 goes on", "Part 3 ends");
  }
}
