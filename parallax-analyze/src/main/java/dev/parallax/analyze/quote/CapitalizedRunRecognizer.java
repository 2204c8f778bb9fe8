package dev.parallax.analyze.quote;

import dev.parallax.analyze.entity.EntityMention;
import dev.parallax.analyze.entity.EntityType;
import dev.parallax.analyze.internal.CalendarWords;
import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.Sentence;
import dev.parallax.analyze.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * A crude stand-in for the project's entity recognizer, for evaluating quotes without it: runs of
 * capitalised proper-noun tokens, titles stripped, typed by a few keywords. Good enough to resolve
 * speakers; not an entity recognizer.
 */
public final class CapitalizedRunRecognizer implements Function<AnalyzedText, List<EntityMention>> {
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "department",
          "ministry",
          "police",
          "agency",
          "inc",
          "inc.",
          "corp",
          "corp.",
          "company",
          "bank",
          "university",
          "council",
          "committee",
          "commission",
          "army",
          "navy",
          "survey",
          "association",
          "union",
          "news",
          "times",
          "post",
          "magazine",
          "network",
          "networks",
          "center",
          "centre",
          "court",
          "office",
          "party",
          "group",
          "press",
          "daily",
          "institute",
          "foundation",
          "cnn",
          "bbc",
          "reuters",
          "afp",
          "ap",
          "fbi",
          "nato",
          "un",
          "eu");

  /** Countries and a few capitals; deliberately generic, not fitted to any test article. */
  private static final Set<String> PLACES =
      Set.of(
          "washington",
          "israel",
          "greece",
          "france",
          "paris",
          "sudan",
          "afghanistan",
          "europe",
          "germany",
          "india",
          "indonesia",
          "egypt",
          "china",
          "russia",
          "britain",
          "london",
          "japan",
          "california",
          "new",
          "brussels",
          "berlin",
          "tokyo",
          "iran",
          "iraq",
          "syria",
          "pakistan",
          "canada",
          "mexico",
          "spain",
          "italy",
          "rome",
          "madrid",
          "moscow",
          "beijing");

  /** Capitalised tokens that are never names: time zones, meridiems, weekdays and months. */
  private static final Set<String> NOT_NAMES =
      CalendarWords.union(
          CalendarWords.WEEKDAYS,
          CalendarWords.MONTHS,
          Set.of(
              "et",
              "gmt",
              "utc",
              "est",
              "edt",
              "pst",
              "pdt",
              "bst",
              "cet",
              "ist",
              "aest",
              "am",
              "pm",
              "updated",
              "published",
              "posted"));

  @Override
  public List<EntityMention> apply(AnalyzedText text) {
    List<EntityMention> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      int i = 0;
      while (i < tokens.size()) {
        if (!startsName(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && (startsName(tokens.get(j)) || initialDot(tokens, j))) {
          j++;
          if (possessive(tokens.get(j - 1))) {
            break; // "Afghanistan's President Ashraf Ghani" is two names
          }
        }
        int from = i;
        boolean organization = type(tokens.subList(i, j)) == EntityType.ORGANIZATION;
        while (!organization
            && from < j - 1
            && QuoteWords.TITLES.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))) {
          from++;
        }
        if (!QuoteWords.TITLES.contains(tokens.get(from).text().toLowerCase(Locale.ROOT))
            || from < j - 1) {
          int start = tokens.get(from).start();
          int end = tokens.get(j - 1).end();
          if (possessive(tokens.get(j - 1))) {
            end -= 2;
          }
          String name = text.text().substring(start, end);
          out.add(new EntityMention(name, start, end, type(tokens.subList(from, j))));
        }
        i = j;
      }
    }
    return out;
  }

  private static boolean startsName(Token t) {
    return t.pos().startsWith("PROPN")
        && t.capitalized()
        && !NOT_NAMES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean possessive(Token t) {
    String w = t.text();
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"));
  }

  private static boolean initialDot(List<Token> tokens, int j) {
    return tokens.get(j).text().equals(".")
        && j + 1 < tokens.size()
        && startsName(tokens.get(j + 1))
        && tokens.get(j - 1).text().length() == 1;
  }

  private static EntityType type(List<Token> run) {
    boolean allCaps = run.size() == 1 && run.get(0).text().length() >= 2;
    for (Token t : run) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (ORGANIZATION_WORDS.contains(w)) {
        return EntityType.ORGANIZATION;
      }
      allCaps &= t.text().equals(t.text().toUpperCase(Locale.ROOT));
    }
    if (allCaps) {
      return EntityType.ORGANIZATION;
    }
    if (run.size() <= 2 && PLACES.contains(run.get(0).text().toLowerCase(Locale.ROOT))) {
      return EntityType.PLACE;
    }
    return run.size() <= 4 ? EntityType.PERSON : EntityType.OTHER;
  }
}
