package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The contract every {@link TextRepair} keeps: empty and clean input unchanged, null rejected,
 * idempotent, count zero exactly when unchanged, same result under concurrent use, linear time on
 * megabytes of its own debris. Each stage's test extends this.
 */
abstract class TextRepairContract {
  /** Clean text in canonical form: no stage may change it. */
  static final List<String> CLEAN_SAMPLES =
      List.of(
          "The Taliban said talks with the United States were going well.",
          """
          AT&T and R&D budgets rose; the Q&A ran long. Robert O'Brien said he didn't know.

          "We are cautiously optimistic," he said. 'Very soon,' another added.
          SÃO PAULO (Reuters) - Café prices in Zürich rose 5% — or €3 — as the ’20s ended…

          Tom & Jerry, 50% off, 3 < 4 > 2, email me@example.com, #hashtag; C# & F# are languages.""",
          "Москва и Киев; 東京と大阪; עברית; हिन्दी; فارسی\u200Cها; family 👨\u200D👩\u200D👧 photo.",
          "« Liberté » and à « quelque chose » as the French write it.");

  abstract TextRepair repair();

  /** Texts this repair must leave alone; {@link #CLEAN_SAMPLES} unless overridden. */
  List<String> cleanSamples() {
    return CLEAN_SAMPLES;
  }

  /** Texts this repair must change (and count at least one repair). */
  abstract List<String> dirtySamples();

  /** One unit of this repair's debris, repeated to megabytes in the linear-time test. */
  abstract String debrisUnit();

  Repaired apply(String text) {
    return repair().apply(text);
  }

  @Test
  void emptyTextIsUnchanged() {
    assertThat(apply("")).isEqualTo(new Repaired("", 0));
  }

  @Test
  void nullTextIsRejected() {
    assertThatThrownBy(() -> apply(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void kindIsLowerCaseWordsJoinedByHyphens() {
    assertThat(repair().kind()).matches("[a-z]+(-[a-z]+)*");
  }

  @Test
  void cleanSamplesPassThroughUncounted() {
    for (String clean : cleanSamples()) {
      assertThat(apply(clean)).as("clean sample %s", clean).isEqualTo(new Repaired(clean, 0));
    }
  }

  @Test
  void dirtySamplesAreRepairedAndCounted() {
    for (String dirty : dirtySamples()) {
      Repaired repaired = apply(dirty);
      assertThat(repaired.text()).as("repair of %s", dirty).isNotEqualTo(dirty);
      assertThat(repaired.count()).as("count for %s", dirty).isPositive();
    }
  }

  @Test
  void isIdempotent() {
    for (String sample : allSamples()) {
      String once = apply(sample).text();
      assertThat(apply(once)).as("second pass over %s", once).isEqualTo(new Repaired(once, 0));
    }
  }

  @Test
  void countsZeroExactlyWhenUnchanged() {
    for (String sample : allSamples()) {
      Repaired repaired = apply(sample);
      assertThat(repaired.count() == 0)
          .as("count %s for %s", repaired.count(), sample)
          .isEqualTo(repaired.text().equals(sample));
    }
  }

  @Test
  void givesTheSameResultsUnderConcurrentUse() throws Exception {
    List<String> samples = allSamples();
    List<Repaired> expected = samples.stream().map(this::apply).toList();
    // One instance shared by every thread, all started together, many rounds each.
    TextRepair shared = repair();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Repaired>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Repaired> last = null;
                  for (int round = 0; round < 50; round++) {
                    last = samples.stream().map(shared::apply).toList();
                  }
                  return last;
                }));
      }
      start.countDown();
      for (Future<List<Repaired>> f : futures) {
        assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @Timeout(60) // a hang guard, not a speed target
  void repairsFiveMegabytesOfDebrisInLinearTime() {
    String unit = debrisUnit();
    String big = unit.repeat(5_000_000 / unit.length() + 1);
    Repaired repaired = apply(big);
    assertThat(repaired.count()).isPositive();
    assertThat(apply(repaired.text()).count()).as("nothing left for a second pass").isZero();
    // Also a single huge line of near-debris: whitespace runs, lone '&' and '%'.
    String nearMisses = " & % &#  &amp ,quo Ã ".repeat(250_000) + "x";
    Repaired near = apply(nearMisses);
    assertThat(apply(near.text()).count()).as("near misses, second pass").isZero();
  }

  private List<String> allSamples() {
    List<String> all = new ArrayList<>(cleanSamples());
    all.addAll(dirtySamples());
    return all;
  }
}
