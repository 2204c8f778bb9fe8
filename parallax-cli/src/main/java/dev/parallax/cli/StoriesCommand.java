package dev.parallax.cli;

import dev.parallax.core.Story;
import dev.parallax.store.ArticleStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax stories}: lists the stories in the store, the latest first. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description =
        "Lists stories, latest first: id, articles, sources, first and last seen, headline.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--json", description = "Print {\"stories\": [...]} as JSON.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "Show at most N stories (0: all).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be >= 0: " + limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = StoreAccess.openExisting(data.dir)) {
      List<Story> stories = store.stories();
      if (limit > 0 && stories.size() > limit) {
        stories = stories.subList(0, limit);
      }
      if (json) {
        Views.printJson(out, Views.storiesJson(stories));
      } else {
        Views.printStories(out, stories);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
