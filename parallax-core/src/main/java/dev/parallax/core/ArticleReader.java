package dev.parallax.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the articles in one input of one format, streaming: each article goes to the sink as soon
 * as it is read, so memory does not grow with the size of the input.
 *
 * <p>Dirty input is data: a reader records each problem (file, line, reason) in the report and
 * carries on with the rest. It throws only on I/O failure of the stream itself. Implementations are
 * stateless and thread-safe.
 */
public interface ArticleReader {
  /**
   * Reads {@code in}, which the caller opens and closes.
   *
   * @param name the path of the input as the user gave or found it, for origins and problems
   * @param in the input's bytes, already decompressed
   */
  void read(String name, InputStream in, Consumer<Article> sink, ProblemReport problems)
      throws IOException;
}
