package dev.parallax.cli;

import dev.parallax.store.ArticleStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opening the store for reading commands, which must not create an empty one by mistake. */
final class StoreAccess {
  private StoreAccess() {}

  static ArticleStore openExisting(Path dir) {
    if (!Files.isRegularFile(dir.resolve("parallax.db"))) {
      throw new IllegalStateException(
          "no store in " + dir + " (ingest something first, or pass --data DIR)");
    }
    return ArticleStore.open(dir);
  }
}
