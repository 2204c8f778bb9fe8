package dev.parallax.serve.catalog;

import dev.parallax.store.StoreReader;
import java.util.Collection;
import java.util.Objects;

/**
 * What the readers of a served store see: the {@link StoreReader} for stories, articles and search,
 * and the current {@link StoryCatalog} for story lists. The writer calls {@link #committed} after
 * each commit; readers never wait for it. Thread-safe.
 */
public final class StoreView {
  private final StoreReader reader;
  private volatile StoryCatalog catalog;

  private StoreView(StoreReader reader, StoryCatalog catalog) {
    this.reader = reader;
    this.catalog = catalog;
  }

  /** A view over {@code reader}, its catalog loaded from every story stored. */
  public static StoreView load(StoreReader reader) {
    Objects.requireNonNull(reader, "reader");
    return new StoreView(reader, StoryCatalog.of(reader.allListings()));
  }

  public StoreReader reader() {
    return reader;
  }

  public StoryCatalog catalog() {
    return catalog;
  }

  /**
   * Makes a commit visible: search sees the new index, and the listings of {@code touchedStories}
   * are reloaded into a new catalog. Called by the one writer only.
   */
  public void committed(Collection<String> touchedStories) {
    reader.refresh();
    catalog = catalog.with(touchedStories, reader.listings(touchedStories));
  }
}
