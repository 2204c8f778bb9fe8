package dev.parallax.bench.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A deterministic, streaming generator of synthetic news: events of several {@link EventKind kinds}
 * arrive as a Poisson process, each reported by a power-law number of articles from Zipf-popular
 * outlets over the days after it happened, and the articles come out in published order with
 * sortable ids ({@code syn00000001}, …) and the event's gold label.
 *
 * <p>Memory is bounded by the events still being reported, not by the stream's length: an event's
 * articles are planned when it happens, written only when their turn comes, and the event is
 * forgotten after its last article. One {@link StreamConfig} gives the same articles byte for byte
 * on every run and machine. Instances are immutable and thread-safe; each pass generates afresh.
 */
public final class SyntheticNewsStream {
  private static final long MINUTES_PER_DAY = 1440;
  private static final String ID_FORMAT = "syn%08d";

  private final StreamConfig config;
  private final NamePool names;
  private final double[] sizeCdf;
  private final double[] outletCdf;

  public SyntheticNewsStream(StreamConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.names = new NamePool(config.seed(), config.outlets());
    this.sizeCdf = powerLawCdf(config.maxArticlesPerEvent(), config.sizeExponent());
    this.outletCdf = powerLawCdf(config.outlets(), 1.0);
  }

  public StreamConfig config() {
    return config;
  }

  /**
   * Writes the stream as JSON lines ({@code id, source, url, published, title, text, event}) to
   * {@code out}, incrementally; flushes but does not close {@code out}.
   */
  public StreamStats writeJsonLines(Writer out) throws IOException {
    JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
    // Not closed on failure: closing flushes into the writer that just failed, and the writer is
    // the caller's to close (AUTO_CLOSE_TARGET is off).
    JsonGenerator json = factory.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    StreamStats stats;
    try {
      stats =
          forEach(
              a -> {
                try {
                  json.writeStartObject();
                  json.writeStringField("id", a.id());
                  json.writeStringField("source", a.source());
                  json.writeStringField("url", a.url());
                  json.writeStringField("published", a.published().toString());
                  json.writeStringField("title", a.title());
                  json.writeStringField("text", a.text());
                  json.writeStringField("event", a.event());
                  json.writeEndObject();
                  json.writeRaw('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.close();
    return stats;
  }

  /** Generates the stream, handing each article to {@code sink} in published order. */
  public StreamStats forEach(Consumer<? super SyntheticArticle> sink) {
    return new Pass(sink).run();
  }

  /** A planned article: when, of which event, its rank within the event, and how it is written. */
  private record Plan(long minute, long event, int index, Mode mode, int outlet) {}

  private enum Mode {
    FRESH,
    COPY,
    REWRITE
  }

  /** An event still being reported: its facts, its first article once written, what is left. */
  private static final class Active {
    final SyntheticEvent event;
    int remaining;
    String originalTitle;
    List<String> originalSentences;
    String originalText;

    Active(SyntheticEvent event, int remaining) {
      this.event = event;
      this.remaining = remaining;
    }
  }

  /** One pass over the stream; single-threaded, owns all mutable state. */
  private final class Pass {
    private final Consumer<? super SyntheticArticle> sink;
    private final PriorityQueue<Plan> pending =
        new PriorityQueue<>(
            Comparator.comparingLong(Plan::minute)
                .thenComparingLong(Plan::event)
                .thenComparingInt(Plan::index));
    private final Map<Long, Active> active = new HashMap<>();
    private long emitted;
    private long events;
    private int largestEvent;
    private int maxActive;
    private int maxPending;

    Pass(Consumer<? super SyntheticArticle> sink) {
      this.sink = Objects.requireNonNull(sink, "sink");
    }

    StreamStats run() {
      Random schedule = new Random(config.seed());
      EventKind[] kinds = EventKind.values();
      double eventsPerMinute = kinds.length * config.eventsPerKindPerDay() / MINUTES_PER_DAY;
      double clock = config.startDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond() / 60.0;
      long planned = 0;
      while (planned < config.articles()) {
        clock += -Math.log(1 - schedule.nextDouble()) / eventsPerMinute;
        long minute = (long) Math.floor(clock);
        EventKind kind = kinds[schedule.nextInt(kinds.length)];
        int size = sample(sizeCdf, schedule) + 1;
        size = (int) Math.min(size, config.articles() - planned);
        planned += size;
        emitUntil(minute);
        begin(events++, kind, minute, size);
      }
      emitUntil(Long.MAX_VALUE);
      return new StreamStats(emitted, events, largestEvent, maxActive, maxPending);
    }

    private void begin(long sequence, EventKind kind, long minute, int size) {
      Random random = new Random(mix(config.seed(), sequence, -1));
      SyntheticEvent event =
          SyntheticEvent.draw(sequence, kind, Instant.ofEpochSecond(minute * 60), names, random);
      long[] delays = new long[size];
      long spread = config.spreadDays() * MINUTES_PER_DAY;
      for (int i = 0; i < size; i++) {
        double first = 20 + exponential(random, 180);
        double later = i == 0 ? 0 : exponential(random, spread / 3.0);
        delays[i] = (long) Math.min(spread, first + later);
      }
      Arrays.sort(delays);
      for (int i = 0; i < size; i++) {
        Mode mode = Mode.FRESH;
        double u = random.nextDouble();
        if (i > 0 && u < config.copyRate()) {
          mode = Mode.COPY;
        } else if (i > 0 && u < config.copyRate() + config.rewriteRate()) {
          mode = Mode.REWRITE;
        }
        pending.add(new Plan(minute + delays[i], sequence, i, mode, sample(outletCdf, random)));
      }
      active.put(sequence, new Active(event, size));
      largestEvent = Math.max(largestEvent, size);
      maxActive = Math.max(maxActive, active.size());
      maxPending = Math.max(maxPending, pending.size());
    }

    private void emitUntil(long minute) {
      while (!pending.isEmpty() && pending.peek().minute() <= minute) {
        Plan plan = pending.poll();
        Active state = active.get(plan.event());
        sink.accept(write(plan, state));
        if (--state.remaining == 0) {
          active.remove(plan.event());
        }
      }
    }

    private SyntheticArticle write(Plan plan, Active state) {
      SyntheticEvent event = state.event;
      Random random = new Random(mix(config.seed(), plan.event(), plan.index()));
      // Leave room below maxWords for the last sentence and a copy's added one.
      int headroom = Math.min(40, (config.maxWords() - config.minWords()) / 2);
      int targetWords =
          config.minWords() + random.nextInt(config.maxWords() - config.minWords() - headroom + 1);
      String title;
      List<String> sentences;
      String text = null;
      switch (plan.mode()) {
        case COPY:
          // A wire copy: the same text under a new headline, half of them with one added line.
          title = copyHeadline(event, state.originalTitle, random);
          sentences = state.originalSentences;
          text =
              random.nextBoolean()
                  ? state.originalText
                  : state.originalText
                      + "\n"
                      + event.fill(NamePool.pick(Filler.COPY_ADDITIONS, random));
          break;
        case REWRITE:
          title = headline(event, random);
          sentences = rewrite(event, state.originalSentences, targetWords, random);
          break;
        default:
          title = headline(event, random);
          sentences = fresh(event, targetWords, random);
      }
      if (text == null) {
        text = paragraphs(sentences, random);
      }
      if (plan.index() == 0) {
        state.originalTitle = title;
        state.originalSentences = List.copyOf(sentences);
        state.originalText = text;
      }
      String id = String.format(Locale.ROOT, ID_FORMAT, ++emitted);
      String source = names.outlets().get(plan.outlet());
      Instant published = Instant.ofEpochSecond(plan.minute() * 60);
      return new SyntheticArticle(
          id,
          source,
          url(source, published, title, emitted),
          published,
          title,
          text,
          event.label());
    }

    private List<String> fresh(SyntheticEvent event, int targetWords, Random random) {
      List<String> templates = new ArrayList<>(event.kind().sentences());
      String lead = templates.remove(random.nextInt(10) < 7 ? 0 : random.nextInt(templates.size()));
      java.util.Collections.shuffle(templates, random);
      List<String> out = new ArrayList<>();
      String first = event.fill(lead);
      if (random.nextInt(10) < 4) {
        first = event.facts().get("town").toUpperCase(Locale.ROOT) + " — " + first;
      }
      out.add(first);
      int words = wordCount(first);
      int next = 0;
      while (words < targetWords) {
        String sentence =
            next < templates.size() && random.nextInt(100) < 55
                ? event.fill(templates.get(next++))
                : event.fill(Filler.template(random));
        if (out.contains(sentence)) {
          continue;
        }
        out.add(sentence);
        words += wordCount(sentence);
      }
      return out;
    }

    private List<String> rewrite(
        SyntheticEvent event, List<String> original, int targetWords, Random random) {
      List<String> out = new ArrayList<>();
      int words = 0;
      for (String sentence : original) {
        String kept =
            random.nextInt(100) < 60
                ? sentence
                : random.nextBoolean()
                    ? event.fill(NamePool.pick(event.kind().sentences(), random))
                    : event.fill(Filler.template(random));
        if (!out.contains(kept)) {
          out.add(kept);
          words += wordCount(kept);
        }
        if (words >= targetWords) {
          break;
        }
      }
      while (words < Math.min(targetWords, config.minWords())) {
        String extra = event.fill(Filler.template(random));
        if (!out.contains(extra)) {
          out.add(extra);
          words += wordCount(extra);
        }
      }
      return out;
    }
  }

  private static String headline(SyntheticEvent event, Random random) {
    return event.fill(NamePool.pick(event.kind().headlines(), random));
  }

  private static String copyHeadline(SyntheticEvent event, String original, Random random) {
    String other = headline(event, random);
    if (!other.equals(original)) {
      return other;
    }
    return (random.nextBoolean() ? "UPDATE: " : "Latest: ") + original;
  }

  private static String paragraphs(List<String> sentences, Random random) {
    StringBuilder sb = new StringBuilder();
    int inParagraph = 0;
    int paragraphLength = 1 + random.nextInt(3);
    for (String sentence : sentences) {
      if (sb.length() > 0) {
        sb.append(inParagraph == 0 ? "\n" : " ");
      }
      sb.append(sentence);
      if (++inParagraph == paragraphLength) {
        inParagraph = 0;
        paragraphLength = 1 + random.nextInt(3);
      }
    }
    return sb.toString();
  }

  private static String url(String source, Instant published, String title, long number) {
    ZonedDateTime t = published.atZone(ZoneOffset.UTC);
    StringBuilder slug = new StringBuilder();
    for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
      } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
        slug.append('-');
      }
    }
    return String.format(
        Locale.ROOT,
        "https://www.%s/%04d/%02d/%02d/%s%d",
        NamePool.host(source),
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        slug,
        number);
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = s.charAt(i) == ' ';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** Cumulative probabilities of {@code P(k) ~ k^-exponent} for k = 1..n. */
  private static double[] powerLawCdf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += Math.pow(k, -exponent);
      cdf[k - 1] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    cdf[n - 1] = 1.0;
    return cdf;
  }

  /** A 0-based index drawn from {@code cdf}. */
  private static int sample(double[] cdf, Random random) {
    int i = Arrays.binarySearch(cdf, random.nextDouble());
    return i >= 0 ? i : Math.min(-i - 1, cdf.length - 1);
  }

  private static double exponential(Random random, double mean) {
    return -Math.log(1 - random.nextDouble()) * mean;
  }

  /** A seed for one event ({@code index} -1) or article, from the stream's seed (SplitMix64). */
  private static long mix(long seed, long event, long index) {
    long z = seed + 0x9E3779B97F4A7C15L * (event + 1) + 0xC2B2AE3D27D4EB4FL * (index + 2);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
