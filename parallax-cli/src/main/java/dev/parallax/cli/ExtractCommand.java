package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.Decoding;
import dev.parallax.core.ExtractedPage;
import dev.parallax.core.HtmlExtractor;
import dev.parallax.core.ProblemReport;
import dev.parallax.extract.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax extract [--json] PATH...}: the main text and metadata of saved HTML pages. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the article text, title, date, authors and language of saved HTML pages.",
      "PATH is a .html, .htm or .html.gz file, or a directory searched recursively for them.",
      "Exit code 0 when every page was read, 2 when some were skipped, 1 on failure."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories.")
  List<String> paths;

  @Option(names = "--json", description = "Print one JSON object per page per line.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProblemReport problems = Pipelines.printingProblems(err);
    HtmlExtractor extractor = ArticleExtractor.standard();
    for (String given : paths) {
      for (String file : pages(given, problems)) {
        byte[] bytes;
        try {
          bytes = read(Path.of(file));
        } catch (IOException e) {
          problems.add(file, 0, "cannot read: " + e.getMessage());
          continue;
        }
        ExtractedPage page = extractor.extract(Decoding.document(bytes, null).text(), null);
        if (json) {
          printJson(out, file, page);
        } else {
          printText(out, file, page);
        }
      }
    }
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_SKIPPED;
  }

  /** The page files {@code given} names: itself, or the pages under it, in path order. */
  private static List<String> pages(String given, ProblemReport problems) {
    Path path = Path.of(given);
    if (!Files.exists(path)) {
      problems.add(given, 0, "no such file or directory");
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(given);
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(p -> Files.isRegularFile(p) && isPage(p))
          .sorted()
          .forEach(p -> found.add(p.toString()));
    } catch (IOException e) {
      problems.add(given, 0, "cannot list: " + e.getMessage());
    }
    return found;
  }

  private static boolean isPage(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz");
  }

  private static byte[] read(Path file) throws IOException {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(file);
  }

  private static void printJson(PrintWriter out, String file, ExtractedPage page) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("title", page.title());
    m.put("published", page.published() == null ? null : page.published().toString());
    m.put("authors", page.authors());
    m.put("language", page.language());
    m.put("text", page.text());
    m.put("article", page.hasArticle()); // false: the page holds no article, and text is empty
    try {
      out.println(JSON.writeValueAsString(m));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static void printText(PrintWriter out, String file, ExtractedPage page) {
    out.println("== " + file);
    out.println("title:     " + orDash(page.title()));
    out.println("published: " + (page.published() == null ? "-" : page.published().toString()));
    out.println(
        "authors:   " + (page.authors().isEmpty() ? "-" : String.join(", ", page.authors())));
    out.println("language:  " + orDash(page.language()));
    out.println();
    out.println(page.hasArticle() ? page.text() : "(no article found)");
    out.println();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
