package dev.parallax.ingest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the paths a user gave: files as they are, directories recursively with entries sorted by
 * name (for a deterministic order) and hidden entries (name starting with '.') skipped, {@code -}
 * as standard input. Problems (a missing path, an unreadable or cyclic directory) go to the
 * visitor.
 */
public final class PathWalk {
  /** What the walk finds, in order. */
  public interface Visitor {
    void stdin();

    /** A regular file; {@code name} is the path as given or found under a given directory. */
    void file(String name, Path path);

    void problem(String name, String reason);
  }

  private PathWalk() {}

  public static void walk(List<String> paths, Visitor visitor) {
    for (String given : paths) {
      if ("-".equals(given)) {
        visitor.stdin();
        continue;
      }
      Path path;
      try {
        path = Path.of(given);
      } catch (java.nio.file.InvalidPathException e) {
        visitor.problem(given, "not a valid path: " + e.getMessage());
        continue;
      }
      if (!Files.exists(path)) {
        visitor.problem(given, "no such file or directory");
      } else if (Files.isDirectory(path)) {
        directory(given, path, new HashSet<>(), visitor);
      } else {
        visitor.file(given, path);
      }
    }
  }

  private static void directory(String name, Path dir, Set<Path> onStack, Visitor visitor) {
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      visitor.problem(name, "cannot read directory: " + e);
      return;
    }
    if (!onStack.add(real)) {
      visitor.problem(name, "directory links back to an enclosing directory; skipped");
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(entries::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      visitor.problem(name, "cannot read directory: " + e.getMessage());
      onStack.remove(real);
      return;
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    for (Path entry : entries) {
      String entryName = entry.getFileName().toString();
      if (entryName.startsWith(".")) {
        continue;
      }
      String display = entry.toString();
      if (Files.isDirectory(entry)) {
        directory(display, entry, onStack, visitor);
      } else if (Files.isRegularFile(entry)) {
        visitor.file(display, entry);
      } else if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS) || !Files.exists(entry)) {
        visitor.problem(display, "no such file or directory");
      } else {
        visitor.problem(display, "not a regular file; skipped");
      }
    }
    onStack.remove(real);
  }
}
