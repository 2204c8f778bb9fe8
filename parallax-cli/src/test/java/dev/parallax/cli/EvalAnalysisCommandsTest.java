package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation commands of the per-article analysis, with the gold sets that ship inside. */
class EvalAnalysisCommandsTest {
  @TempDir Path dir;

  @Test
  void claimsScoresTheBundledPairsPerPart() {
    CliRun run = CliRun.of("eval", "claims");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("verdict accuracy all").contains("TUNE").contains("HELDOUT3");
    String all = run.out().lines().filter(l -> l.contains(" all ")).findFirst().orElseThrow();
    double accuracy = Double.parseDouble(all.replaceAll(".* all\\s+([0-9.]+).*", "$1").trim());
    assertThat(accuracy).isGreaterThan(0.9);
  }

  /** A corpus without the annotated articles: every one is named, and the exit code says so. */
  @Test
  void entitiesNameTheArticlesMissingFromTheCorpus() throws IOException {
    Path corpus = dir.resolve("other.jsonl");
    Files.writeString(
        corpus, "{\"id\":\"x1\",\"text\":\"Nothing annotated here.\"}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "entities", corpus.toString(), "--split", "TEST");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT_SKIPPED);
    assertThat(run.err()).contains("is not in").contains(corpus.toString());
    assertThat(run.out().toLowerCase(Locale.ROOT)).contains("test (0 articles)");
  }

  @Test
  void quotesRefuseACorpusWithoutTheAnnotatedArticles() throws IOException {
    Path corpus = dir.resolve("other.jsonl");
    Files.writeString(
        corpus, "{\"id\":\"x1\",\"text\":\"Nothing annotated here.\"}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "quotes", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("not in the corpus");
  }
}
