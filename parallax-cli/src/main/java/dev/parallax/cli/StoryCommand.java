package dev.parallax.cli;

import dev.parallax.analyze.story.StoryAnalysis;
import dev.parallax.analyze.story.StoryAnalyzer;
import dev.parallax.serve.json.StoryJson;
import dev.parallax.store.ArticleStore;
import dev.parallax.store.StoryDetail;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax story ID}: one story's articles in time order, with copies linked. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description =
        "Shows one story: its summary, where sources disagree, quotes, names, and its articles"
            + " in time order with copies linked.")
final class StoryCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "A story id, as `parallax stories` prints it.")
  String id;

  @Option(names = "--json", description = "Print the story as a JSON object.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = StoreAccess.openExisting(data.dir)) {
      Optional<StoryDetail> story = store.story(id);
      if (story.isEmpty()) {
        spec.commandLine().getErr().println("parallax: no story " + id + " in " + data.dir);
        return ExitCodes.FAILURE;
      }
      StoryAnalysis analysis =
          StoryJson.analyse(
              story.get(), store.analyses(story.get().story().id()), StoryAnalyzer.standard());
      if (json) {
        Views.printJson(out, StoryJson.story(story.get(), analysis));
      } else {
        Views.printStory(out, story.get(), analysis);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
