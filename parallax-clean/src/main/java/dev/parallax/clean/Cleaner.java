package dev.parallax.clean;

import dev.parallax.core.Article;
import dev.parallax.core.ArticleCleaner;
import dev.parallax.core.CleanedArticle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Cleans articles with two {@link RepairChain}s, one for the title and one for the text, and
 * reports the repairs made of each kind (title and text together).
 *
 * <p>Changes only title and text. A title that cleans to nothing becomes null. Immutable and
 * thread-safe when its repairs are (all in this package are).
 */
public final class Cleaner implements ArticleCleaner {
  private final RepairChain titleRepairs;
  private final RepairChain textRepairs;

  /**
   * A cleaner with the given repairs, applied in list order.
   *
   * @param titleRepairs repairs for titles; titles are one line, so these should end with {@link
   *     WhitespaceRepair#singleLine()}
   * @param textRepairs repairs for article text
   */
  public Cleaner(List<TextRepair> titleRepairs, List<TextRepair> textRepairs) {
    this.titleRepairs = new RepairChain(Objects.requireNonNull(titleRepairs, "titleRepairs"));
    this.textRepairs = new RepairChain(Objects.requireNonNull(textRepairs, "textRepairs"));
  }

  /** A cleaner with {@link #standardTitleRepairs()} and {@link #standardTextRepairs()}. */
  public static Cleaner standard() {
    return new Cleaner(standardTitleRepairs(), standardTextRepairs());
  }

  /**
   * The standard repairs of article text, in this order and for these reasons:
   *
   * <ol>
   *   <li>{@link BrokenEntityRepair}: before mojibake, since references can spell mojibake ({@code
   *       &Atilde;&copy;});
   *   <li>{@link MojibakeRepair}: before invisible characters, since mojibake can hide them ({@code
   *       â€‹} is a zero-width space) and C1 controls it needs would otherwise be removed;
   *   <li>{@link InvisibleCharRepair}: after every stage that decodes characters;
   *   <li>{@link MinifierPlaceholderRepair}: after invisible characters, which could split a
   *       placeholder (placeholders are ASCII without {@code &}, so earlier stages leave them be);
   *   <li>{@link UnicodeNfcRepair}: after every stage that decodes or removes characters;
   *   <li>{@link WhitespaceRepair#paragraphs()}: after every stage that leaves spaces behind;
   *   <li>{@link QuoteDebrisRepair}: needs decoded quotes and single spaces;
   *   <li>{@link BoilerplateLineRepair}: last, on trimmed lines.
   * </ol>
   */
  public static List<TextRepair> standardTextRepairs() {
    return List.of(
        new BrokenEntityRepair(),
        new MojibakeRepair(),
        new InvisibleCharRepair(),
        new MinifierPlaceholderRepair(),
        new UnicodeNfcRepair(),
        WhitespaceRepair.paragraphs(),
        new QuoteDebrisRepair(),
        new BoilerplateLineRepair());
  }

  /**
   * The standard repairs of titles: those of text in the same order, but whitespace collapsed to
   * one line and no boilerplate stage.
   */
  public static List<TextRepair> standardTitleRepairs() {
    return List.of(
        new BrokenEntityRepair(),
        new MojibakeRepair(),
        new InvisibleCharRepair(),
        new MinifierPlaceholderRepair(),
        new UnicodeNfcRepair(),
        WhitespaceRepair.singleLine(),
        new QuoteDebrisRepair());
  }

  @Override
  public CleanedArticle clean(Article article) {
    Objects.requireNonNull(article, "article");
    Map<String, Integer> repairs = new TreeMap<>();
    String title = null;
    if (article.title() != null) {
      CleanedText cleanedTitle = cleanTitle(article.title());
      cleanedTitle.repairs().forEach((kind, count) -> repairs.merge(kind, count, Integer::sum));
      title = cleanedTitle.text().isEmpty() ? null : cleanedTitle.text();
    }
    CleanedText cleanedText = cleanText(article.text());
    cleanedText.repairs().forEach((kind, count) -> repairs.merge(kind, count, Integer::sum));
    return new CleanedArticle(article.withText(title, cleanedText.text()), repairs);
  }

  /** Cleans a title with this cleaner's title repairs. */
  public CleanedText cleanTitle(String title) {
    return titleRepairs.apply(title);
  }

  /** Cleans article text with this cleaner's text repairs. */
  public CleanedText cleanText(String text) {
    return textRepairs.apply(text);
  }

  @Override
  public String toString() {
    return "Cleaner[title=" + titleRepairs.repairs() + ", text=" + textRepairs.repairs() + "]";
  }
}
