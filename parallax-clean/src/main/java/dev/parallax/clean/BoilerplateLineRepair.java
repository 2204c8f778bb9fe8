package dev.parallax.clean;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Drops boilerplate lines from the end of an article: reporting credits ({@code X contributed to
 * this report.}, {@code Reporting by …; Editing by …}, {@code Additional reporting by …}, {@code
 * Writing by …}), update notes ({@code This story has been updated …}, {@code This is a developing
 * story.}), copyright lines, and calls to follow, click, sign up or read more.
 *
 * <p>Looks only at the end: drops lines from the last one up while they are boilerplate (blank
 * lines between them go too) and stops at the first that is not. Never drops a line in the middle
 * of the text, nor the first line, so the text never empties. A line longer than {@value
 * #MAX_LINE_CHARS} characters is never boilerplate. Expects whitespace already normalized (lines
 * trimmed), though it copes without.
 *
 * <p>Counts one repair per line dropped. Immutable and thread-safe; linear time (the patterns run
 * on short lines only).
 */
public final class BoilerplateLineRepair implements TextRepair {
  public static final String KIND = "boilerplate-line";

  /** Boilerplate lines are short; a longer line is a paragraph, whatever its words. */
  public static final int MAX_LINE_CHARS = 300;

  private static final List<Pattern> BOILERPLATE =
      List.of(
              // Credits: "CNN's A and B contributed to this report." / "X contributed reporting."
              "[^\\n]{1,250}\\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\\.?",
              // Reuters style, bare or in parentheses: "(Reporting by A; Writing by B; Editing by
              // C)"
              "\\(?(?:additional |further )?(?:reporting|writing|editing|compiled|edited|written|"
                  + "produced|research) by\\b.*",
              "this (?:story|article|report|post|page) (?:has been|was|is being|will be) updated\\b.*",
              "this is a (?:developing|breaking)(?: news)? story\\b.*",
              "(?:\\(c\\)|©|copyright\\b).*",
              ".*\\ball rights reserved\\.?",
              "follow\\b.{0,200}\\bon (?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\\b.*",
              "click here\\b.*",
              "sign up\\b.*",
              "subscribe (?:to|for) (?:our|the)\\b.*",
              "(?:read more|related|see also|also read|more)\\s*:.*")
          .stream()
          .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Repaired apply(String text) {
    Objects.requireNonNull(text, "text");
    int firstContent = 0;
    while (firstContent < text.length() && Character.isWhitespace(text.charAt(firstContent))) {
      firstContent++;
    }
    int end = text.length();
    int dropped = 0;
    while (true) {
      int lineEnd = end;
      while (lineEnd > firstContent && Character.isWhitespace(text.charAt(lineEnd - 1))) {
        lineEnd--;
      }
      int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
      if (lineEnd <= firstContent || lineStart <= firstContent) {
        break; // the first line stays
      }
      if (!isBoilerplate(text.substring(lineStart, lineEnd).strip())) {
        break;
      }
      dropped++;
      end = lineStart;
    }
    if (dropped == 0) {
      return Repaired.unchanged(text);
    }
    return new Repaired(text.substring(0, end).stripTrailing(), dropped);
  }

  /** Whether {@code line}, one trimmed line, is boilerplate. */
  public static boolean isBoilerplate(String line) {
    if (line.isEmpty() || line.length() > MAX_LINE_CHARS) {
      return false;
    }
    for (Pattern p : BOILERPLATE) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return KIND;
  }
}
