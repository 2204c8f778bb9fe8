package dev.parallax.core;

/**
 * Repairs an article's title and text (scrape and translation debris, boilerplate) and says what it
 * repaired. Implementations are thread-safe and never change id, source, URL or date.
 */
public interface ArticleCleaner {
  CleanedArticle clean(Article article);
}
