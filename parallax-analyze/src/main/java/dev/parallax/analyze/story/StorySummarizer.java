package dev.parallax.analyze.story;

import dev.parallax.analyze.internal.ContentWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractive summary of a story: three to five sentences from its articles that together cover
 * the words most of its sources use, without saying the same thing twice.
 *
 * <p>Greedy coverage maximisation, the budgeted submodular view of extractive summarisation (Lin
 * and Bilmes, 2011): a word's weight is the number of independent articles that use it, a
 * sentence's gain is the weight of the words it adds that the summary does not cover yet, divided
 * by the square root of its length; sentences too close to one already chosen are skipped. Only the
 * first {@value #LEAD_SENTENCES} sentences of each article compete, where news puts its facts.
 * Thread-safe and stateless.
 */
public final class StorySummarizer {
  /** Sentences per article that may enter the summary. */
  public static final int LEAD_SENTENCES = 12;

  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 60;
  private static final int MIN_SENTENCES = 3;
  private static final int MAX_SENTENCES = 5;

  /** Word overlap (of the shorter sentence) above which a sentence repeats a chosen one. */
  private static final double MAX_OVERLAP = 0.5;

  /** A sentence beyond the third must add at least this share of the first one's gain. */
  private static final double MIN_RELATIVE_GAIN = 0.15;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> BOILERPLATE =
      Set.of("click", "subscribe", "copyright", "newsletter", "cookies", "advertisement");

  private StorySummarizer() {}

  /** One candidate sentence: its text, article, position and words. */
  private record Candidate(
      String text, StoryArticle article, int articleRank, int position, Set<String> words) {}

  /**
   * Summarises a story.
   *
   * @param articles the story's articles; copies are skipped
   * @param sentences each article's sentences in order, by article id (articles without an entry
   *     are skipped)
   * @return up to five sentences in the order of their articles (earliest first) and position
   */
  public static List<SummarySentence> summarize(
      List<StoryArticle> articles, Map<String, List<String>> sentences) {
    List<StoryArticle> originals = new ArrayList<>();
    for (StoryArticle a : articles) {
      if (!a.isCopy() && sentences.containsKey(a.id())) {
        originals.add(a);
      }
    }
    originals.sort(StoryArticle.BY_SEEN);
    Map<String, Integer> weight = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (int rank = 0; rank < originals.size(); rank++) {
      StoryArticle a = originals.get(rank);
      Set<String> articleWords = new HashSet<>();
      List<String> list = sentences.get(a.id());
      for (int i = 0; i < list.size(); i++) {
        String s = list.get(i).strip();
        Set<String> words = words(s);
        articleWords.addAll(words);
        if (i < LEAD_SENTENCES && eligible(s)) {
          candidates.add(new Candidate(s, a, rank, i, words));
        }
      }
      for (String w : articleWords) {
        weight.merge(w, 1, Integer::sum);
      }
    }
    // With several articles, a word only one of them uses covers nothing of the story.
    return choose(candidates, weight, originals.size() > 1 ? 1 : 0);
  }

  private static List<SummarySentence> choose(
      List<Candidate> candidates, Map<String, Integer> weight, int discount) {
    List<Candidate> chosen = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    double firstGain = 0;
    while (chosen.size() < MAX_SENTENCES) {
      Candidate best = null;
      double bestGain = 0;
      for (Candidate c : candidates) {
        if (chosen.contains(c) || repeats(c, chosen)) {
          continue;
        }
        double gain = 0;
        for (String w : c.words()) {
          if (!covered.contains(w)) {
            gain += weight.getOrDefault(w, 0) - discount;
          }
        }
        gain /= Math.sqrt(Math.max(MIN_WORDS, c.words().size()));
        if (gain > bestGain) {
          best = c;
          bestGain = gain;
        }
      }
      if (best == null
          || (chosen.size() >= MIN_SENTENCES && bestGain < MIN_RELATIVE_GAIN * firstGain)) {
        break;
      }
      if (chosen.isEmpty()) {
        firstGain = bestGain;
      }
      chosen.add(best);
      covered.addAll(best.words());
    }
    chosen.sort(
        Comparator.comparingInt(Candidate::articleRank).thenComparingInt(Candidate::position));
    List<SummarySentence> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      out.add(new SummarySentence(c.text(), c.article().id(), c.article().source()));
    }
    return List.copyOf(out);
  }

  private static boolean repeats(Candidate c, List<Candidate> chosen) {
    for (Candidate d : chosen) {
      int shared = ContentWords.shared(c.words(), d.words());
      int smaller = Math.min(c.words().size(), d.words().size());
      if (smaller == 0 || shared > MAX_OVERLAP * smaller) {
        return true;
      }
    }
    return false;
  }

  private static boolean eligible(String sentence) {
    int words = 0;
    Matcher m = WORD.matcher(sentence);
    while (m.find()) {
      words++;
      if (BOILERPLATE.contains(m.group().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    char last = sentence.isEmpty() ? ' ' : sentence.charAt(sentence.length() - 1);
    return words >= MIN_WORDS && words <= MAX_WORDS && last != '?' && last != ':';
  }

  /** The sentence's content words of three letters or more (shorter ones cover little). */
  private static Set<String> words(String sentence) {
    Set<String> out = new HashSet<>();
    for (String w : ContentWords.of(sentence)) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }
}
