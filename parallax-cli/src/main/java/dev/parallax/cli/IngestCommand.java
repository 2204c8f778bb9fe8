package dev.parallax.cli;

import dev.parallax.core.ProblemReport;
import dev.parallax.pipeline.IngestSummary;
import dev.parallax.store.ArticleStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax ingest PATH...}: reads articles into the store and assigns them to stories. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles into the store, cleans them, links copies and assigns them to stories.",
      "PATH is a file (.txt, .jsonl, .html, .rss/.atom/.xml, .warc, any of them .gz),"
          + " a directory (read recursively), or - for JSONL on standard input.",
      "Exit code 0 when everything was read, 2 when some input was skipped, 1 on failure."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or -.")
  List<String> paths;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProblemReport problems = Pipelines.printingProblems(err);
    try (ArticleStore store = ArticleStore.open(data.dir)) {
      IngestSummary summary = Pipelines.ingest(store, paths, problems, err);
      Pipelines.printSummary(summary, store.storyCount(), out);
    }
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_SKIPPED;
  }
}
