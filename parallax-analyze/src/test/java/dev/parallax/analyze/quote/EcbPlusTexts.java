package dev.parallax.analyze.quote;

import dev.parallax.analyze.SharedData;
import dev.parallax.analyze.eval.CorpusTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds and reads the ECB+ corpus ({@code ecbplus.jsonl}), which is not part of the repository: the
 * system property {@code parallax.ecbplus}, else {@code shared/data/ecbplus/ecbplus.jsonl} in the
 * working directory or one of its parents (the shared data lies beside the checkout). Tests that
 * need it skip when it is absent.
 */
public final class EcbPlusTexts {
  private EcbPlusTexts() {}

  /** The corpus file, whether or not it exists. */
  public static Path path() {
    return SharedData.path("parallax.ecbplus", "ecbplus/ecbplus.jsonl");
  }

  /** Whether the corpus file can be read. */
  public static boolean available() {
    return Files.isReadable(path());
  }

  /** Article text by id, in file order. */
  public static Map<String, String> texts() {
    return texts(path());
  }

  /** Article text by id, in file order, from an ECB+ file at another place. */
  public static Map<String, String> texts(Path path) {
    return CorpusTexts.read(path, null).texts();
  }
}
