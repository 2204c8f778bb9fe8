package dev.parallax.cli;

import dev.parallax.core.ProblemReport;
import dev.parallax.pipeline.IngestSummary;
import dev.parallax.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parallax demo}: ingests the bundled sample into a throw-away store and shows its stories.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled sample (the repository's sample/ folder: text files, JSONL, RSS and"
          + " HTML from fictional outlets) into a temporary store and prints the stories found.",
      "With --data DIR the store is kept there, to look at with `parallax story ID --data DIR`."
    })
final class DemoCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "SAMPLE",
      description = "Sample folder (default: sample/ in the Parallax home).")
  Path sample;

  @Option(names = "--data", paramLabel = "DIR", description = "Keep the demo store in DIR.")
  Path keepIn;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir = sample != null ? sample : defaultSample();
    if (!Files.isDirectory(dir)) {
      err.println("parallax: no sample folder at " + dir + " (pass one as SAMPLE)");
      return ExitCodes.FAILURE;
    }
    Path storeDir = keepIn != null ? keepIn : TempDirs.create("parallax-demo-");
    ProblemReport problems = Pipelines.printingProblems(err);
    try {
      try (ArticleStore store = ArticleStore.open(storeDir)) {
        out.println("Ingesting the sample in " + dir + " …");
        IngestSummary summary = Pipelines.ingest(store, List.of(dir.toString()), problems, err);
        Pipelines.printSummary(summary, store.storyCount(), out);
        out.println();
        Views.printStories(out, store.stories());
      }
      if (keepIn != null) {
        out.println();
        out.println("Store kept in " + storeDir + "; try: parallax story ID --data " + storeDir);
      }
    } finally {
      if (keepIn == null) {
        TempDirs.deleteRecursively(storeDir);
      }
    }
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_SKIPPED;
  }

  private static Path defaultSample() {
    String home = System.getProperty("parallax.home");
    return (home != null ? Path.of(home) : Path.of("")).resolve("sample");
  }
}
