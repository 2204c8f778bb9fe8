package dev.parallax.ingest.text;

import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.Decoding;
import dev.parallax.core.Origin;
import dev.parallax.core.ProblemReport;
import dev.parallax.core.PublicationDates;
import dev.parallax.ingest.internal.ArticleDraft;
import dev.parallax.ingest.internal.BoundedBytes;
import dev.parallax.ingest.internal.BoundedLineReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text file as one article (origin line 0): optional metadata lines at the very
 * start, then the body.
 *
 * <p>A metadata line is {@code key: value} with key one of {@code date, published, title, source,
 * url, author, language, id} (any case), or {@code date VALUE} / {@code published VALUE} when VALUE
 * starts with a date. Metadata ends at the first blank or other line. When a date line carries more
 * than a date ({@code date 2020-02-12 %debris%}), the date is taken and the rest of the line starts
 * the body, uncleaned. An unparseable date is a problem; the article is kept without a date. Each
 * line is read as UTF-8, or as windows-1252 when it is not (reported once per file, at the first
 * such line). Files over {@code maxFileBytes} are skipped as a problem. Thread-safe.
 */
public final class TextArticleReader implements ArticleReader {
  private static final Set<String> KEYS =
      Set.of("date", "published", "title", "source", "url", "author", "language", "id");
  private static final Pattern COLON_FORM = Pattern.compile("^([A-Za-z]+)[ \\t]*:[ \\t]*(.*)$");
  private static final Pattern SPACE_FORM =
      Pattern.compile("^(date|published)[ \\t]+(\\S.*)$", Pattern.CASE_INSENSITIVE);

  private final int maxFileBytes;

  public TextArticleReader(int maxFileBytes) {
    this.maxFileBytes = BoundedBytes.requireLimit("maxFileBytes", maxFileBytes);
  }

  @Override
  public void read(String name, InputStream in, Consumer<Article> sink, ProblemReport problems)
      throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, maxFileBytes);
    ArticleDraft draft = new ArticleDraft(name, Origin.file(name));
    StringBuilder body = new StringBuilder();
    long totalBytes = 0;
    long firstBadLine = 0;
    long badLines = 0;
    boolean inMetadata = true;
    BoundedLineReader.Line line;
    while ((line = lines.next()) != null) {
      totalBytes += line.lengthBytes() + 1;
      if (line.tooLong() || totalBytes > maxFileBytes + 1L) {
        problems.add(name, 0, BoundedBytes.tooLargeReason(maxFileBytes));
        return;
      }
      Decoding.Decoded decoded = Decoding.line(line.bytes());
      if (decoded.fellBack()) {
        badLines++;
        if (firstBadLine == 0) {
          firstBadLine = line.number();
        }
      }
      String text = decoded.text();
      if (inMetadata) {
        if (text.isBlank() && !draft.hasMetadata()) {
          continue; // blank lines before anything at all
        }
        Optional<String> rest = metadata(text, draft, name, line.number(), problems);
        if (rest.isPresent()) {
          if (!rest.get().isEmpty()) {
            body.append(rest.get()).append('\n');
            inMetadata = false;
          }
          continue;
        }
        inMetadata = false;
      }
      body.append(text).append('\n');
    }
    if (firstBadLine > 0) {
      problems.add(
          name,
          firstBadLine,
          Decoding.FALLBACK_REASON + (badLines > 1 ? " (" + badLines + " lines)" : ""));
    }
    draft.text(body.toString());
    if (!draft.hasText()) {
      problems.add(name, 0, "no article text");
      return;
    }
    sink.accept(draft.toArticle());
  }

  /**
   * Takes {@code line} as metadata into the draft: empty when it is no metadata line, else the part
   * of the line that belongs to the body (usually "").
   */
  private static Optional<String> metadata(
      String line, ArticleDraft draft, String name, long lineNumber, ProblemReport problems) {
    String s = line.strip();
    String key;
    String value;
    Matcher colon = COLON_FORM.matcher(s);
    Matcher space = SPACE_FORM.matcher(s);
    if (colon.matches() && KEYS.contains(colon.group(1).toLowerCase(Locale.ROOT))) {
      key = colon.group(1).toLowerCase(Locale.ROOT);
      value = colon.group(2).strip();
    } else if (space.matches() && PublicationDates.parseLeading(space.group(2)).isPresent()) {
      key = space.group(1).toLowerCase(Locale.ROOT);
      value = space.group(2).strip();
    } else if (space.matches() && PublicationDates.parse(space.group(2)).isPresent()) {
      key = space.group(1).toLowerCase(Locale.ROOT);
      value = space.group(2).strip();
    } else {
      return Optional.empty();
    }
    draft.markMetadata();
    switch (key) {
      case "date", "published" -> {
        Optional<java.time.Instant> whole = PublicationDates.parse(value);
        if (whole.isPresent()) {
          draft.published(whole.get());
          return Optional.of("");
        }
        Optional<PublicationDates.Leading> leading = PublicationDates.parseLeading(value);
        if (leading.isPresent()) {
          draft.published(leading.get().instant());
          return Optional.of(leading.get().rest());
        }
        problems.add(
            name, lineNumber, "unparseable date '" + value + "'; article kept without a date");
      }
      case "title" -> draft.title(value);
      case "source" -> draft.source(value);
      case "url" -> draft.url(value);
      case "language" -> draft.language(value);
      case "id" -> draft.id(value);
      case "author" -> draft.field("author", value);
      default -> throw new IllegalStateException("unhandled metadata key " + key);
    }
    return Optional.of("");
  }
}
