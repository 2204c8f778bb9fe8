package dev.parallax.ingest;

import dev.parallax.core.Article;
import dev.parallax.core.ArticleReader;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.ProblemReport;
import dev.parallax.core.PublicationDates;
import dev.parallax.ingest.feed.FeedReader;
import dev.parallax.ingest.html.HtmlPageReader;
import dev.parallax.ingest.internal.InputFormat;
import dev.parallax.ingest.internal.PathWalk;
import dev.parallax.ingest.internal.ProgressInputStream;
import dev.parallax.ingest.jsonl.JsonLinesReader;
import dev.parallax.ingest.text.TextArticleReader;
import dev.parallax.ingest.warc.WarcArticleReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Every article in a list of paths, whatever their format: the entry point of ingest.
 *
 * <p>Paths are files, directories (walked recursively, entries sorted by name, hidden entries
 * skipped) or {@code -} for JSON Lines on standard input. The format comes from the file name:
 * {@code .txt}, {@code .jsonl}/{@code .ndjson}, {@code .html}/{@code .htm}, {@code .rss}/{@code
 * .atom}/{@code .xml} (feeds), {@code .warc}/{@code .warc.gz}; any of them may be gzipped ({@code
 * x.jsonl.gz}). See each reader for its format's rules.
 *
 * <p>Rules shared by every format: {@code source} is the input's, else the URL's host without
 * {@code www.}, else the name of the folder holding the file ({@code stdin} for standard input);
 * {@code id} is the input's, else {@link Article#deriveId}; title and text are trimmed, and blank
 * text is a problem, not an article. Dates are read by {@link PublicationDates#parse}: ISO dates
 * (midnight UTC), ISO date-times with or without offset or zone (none means UTC), {@code yyyy-MM-dd
 * HH:mm[:ss]}, {@code yyyy/MM/dd}, {@code yyyyMMdd} or RFC 1123, years 1900–2200. An unparseable
 * date is recorded as a problem, and the article is still read, without a date: such an article
 * shows in both the sink and the report.
 *
 * <p>Bad input is data: a missing path, an unsupported file type, an empty file, a binary file (a
 * NUL byte in its first 8 KiB after decompression, WARC excepted), a corrupt gzip, bytes that are
 * not UTF-8 (read as windows-1252), invalid JSON, an over-long line or over-large file each make
 * one problem naming the file (and line), and reading goes on with the rest. Only the sink's own
 * exceptions escape {@link #read}.
 *
 * <p>Immutable and thread-safe; {@code read} may run concurrently if the sink and report allow.
 */
public final class ArticleSources {
  private static final int SNIFF_BYTES = 8 * 1024;
  private static final int BUFFER_BYTES = 64 * 1024;

  private final HtmlExtractor extractor;
  private final IngestLimits limits;
  private final InputStream stdin;
  private final TextArticleReader text;
  private final JsonLinesReader jsonLines;
  private final HtmlPageReader html;
  private final FeedReader feed;
  private final WarcArticleReader warc;

  private ArticleSources(HtmlExtractor extractor, IngestLimits limits, InputStream stdin) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.text = new TextArticleReader(limits.maxFileBytes());
    this.jsonLines = new JsonLinesReader(extractor, limits.maxLineBytes());
    this.html = new HtmlPageReader(extractor, limits.maxFileBytes());
    this.feed = new FeedReader(extractor, limits.maxFileBytes());
    this.warc = new WarcArticleReader(extractor, limits.maxFileBytes());
  }

  /** Sources with {@link IngestLimits#defaults()}, reading {@code -} from {@link System#in}. */
  public static ArticleSources standard(HtmlExtractor extractor) {
    return new ArticleSources(extractor, IngestLimits.defaults(), System.in);
  }

  public ArticleSources withLimits(IngestLimits newLimits) {
    return new ArticleSources(extractor, newLimits, stdin);
  }

  /** These sources reading {@code -} from {@code newStdin} instead of {@link System#in}. */
  public ArticleSources withStdin(InputStream newStdin) {
    return new ArticleSources(extractor, limits, newStdin);
  }

  public IngestLimits limits() {
    return limits;
  }

  /**
   * Streams every article in {@code paths} (files, directories recursively in sorted order, {@code
   * -} = JSON Lines on standard input) to {@code sink}, in input order, and every problem to {@code
   * problems}. {@code bytesRead} hears the raw (on-disk, still compressed) bytes consumed as they
   * are consumed; when a file is done, whatever of it was not read (a skipped or broken file) is
   * counted too, so over a batch the bytes add up to {@link #totalBytes} of the same paths. Throws
   * nothing for bad input: only what the sink throws propagates.
   */
  public void read(
      List<String> paths, Consumer<Article> sink, ProblemReport problems, LongConsumer bytesRead) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    LongConsumer progress = bytesRead == null ? n -> {} : bytesRead;
    Consumer<Article> guarded =
        article -> {
          try {
            sink.accept(article);
          } catch (RuntimeException e) {
            throw new SinkFailure(e);
          }
        };
    try {
      PathWalk.walk(
          List.copyOf(paths),
          new PathWalk.Visitor() {
            @Override
            public void stdin() {
              readStdin(guarded, problems, progress);
            }

            @Override
            public void file(String name, Path path) {
              readFile(name, path, guarded, problems, progress);
            }

            @Override
            public void problem(String name, String reason) {
              problems.add(name, 0, reason);
            }
          });
    } catch (SinkFailure e) {
      throw e.getCause();
    }
  }

  /**
   * The total on-disk bytes of the files under {@code paths} (0 for {@code -} and missing paths).
   */
  public static long totalBytes(List<String> paths) {
    long[] total = {0};
    PathWalk.walk(
        List.copyOf(paths),
        new PathWalk.Visitor() {
          @Override
          public void stdin() {}

          @Override
          public void file(String name, Path path) {
            try {
              total[0] += Files.size(path);
            } catch (IOException e) {
              // unreadable: read() reports it; the estimate just leaves it out
            }
          }

          @Override
          public void problem(String name, String reason) {}
        });
    return total[0];
  }

  private void readStdin(Consumer<Article> sink, ProblemReport problems, LongConsumer progress) {
    // Standard input is the caller's to close: read it, never close it.
    ProgressInputStream counted = new ProgressInputStream(stdin, progress);
    try {
      readDecompressed("-", counted, jsonLines, true, sink, problems);
    } catch (IOException e) {
      problems.add("-", 0, "read failed: " + e.getMessage());
    } catch (SinkFailure e) {
      throw e;
    } catch (RuntimeException e) {
      problems.add("-", 0, "could not be read: " + e);
    }
  }

  private void readFile(
      String name,
      Path path,
      Consumer<Article> sink,
      ProblemReport problems,
      LongConsumer progress) {
    InputFormat.Detected detected = InputFormat.detect(path.getFileName().toString());
    long size = sizeOrZero(path);
    if (detected == null) {
      problems.add(name, 0, InputFormat.UNSUPPORTED_REASON);
      progress.accept(size);
      return;
    }
    long consumed = 0;
    try (InputStream raw = Files.newInputStream(path)) {
      ProgressInputStream counted = new ProgressInputStream(raw, progress);
      try {
        read(name, counted, detected, sink, problems);
      } finally {
        consumed = counted.consumed();
      }
    } catch (AccessDeniedException e) {
      problems.add(name, 0, "cannot read: permission denied");
    } catch (ZipException | java.io.EOFException e) {
      problems.add(name, 0, "corrupt or truncated gzip data: " + e.getMessage());
    } catch (IOException e) {
      problems.add(name, 0, "read failed: " + e);
    } catch (SinkFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // A parser's own failure on hostile input: recorded, never silent, and the batch goes on.
      problems.add(name, 0, "could not be read: " + e);
    }
    if (size > consumed) {
      progress.accept(size - consumed);
    }
  }

  private void read(
      String name,
      InputStream counted,
      InputFormat.Detected detected,
      Consumer<Article> sink,
      ProblemReport problems)
      throws IOException {
    if (detected.format() == InputFormat.WARC) {
      // jwarc reads plain and gzipped archives; WARC payloads are binary, so no NUL sniffing.
      BufferedInputStream in = new BufferedInputStream(counted, BUFFER_BYTES);
      in.mark(1);
      if (in.read() < 0) {
        problems.add(name, 0, "empty file");
        return;
      }
      in.reset();
      warc.read(name, in, sink, problems);
      return;
    }
    InputStream in = detected.gzipped() ? new GZIPInputStream(counted, BUFFER_BYTES) : counted;
    readDecompressed(name, in, readerFor(detected.format()), false, sink, problems);
  }

  private static void readDecompressed(
      String name,
      InputStream decompressed,
      ArticleReader reader,
      boolean stdin,
      Consumer<Article> sink,
      ProblemReport problems)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(decompressed, BUFFER_BYTES);
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length == 0) {
      problems.add(name, 0, stdin ? "empty input" : "empty file");
      return;
    }
    for (byte b : head) {
      if (b == 0) {
        problems.add(name, 0, "binary file; skipped");
        return;
      }
    }
    reader.read(name, in, sink, problems);
  }

  private ArticleReader readerFor(InputFormat format) {
    switch (format) {
      case TEXT:
        return text;
      case JSON_LINES:
        return jsonLines;
      case HTML:
        return html;
      case FEED:
        return feed;
      case WARC:
        return warc;
      default:
        throw new IllegalStateException("no reader for " + format);
    }
  }

  private static long sizeOrZero(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Carries a sink's exception through the readers so it alone escapes {@code read}. */
  private static final class SinkFailure extends RuntimeException {
    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }
}
