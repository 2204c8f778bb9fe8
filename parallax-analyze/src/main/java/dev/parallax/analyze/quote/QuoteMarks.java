package dev.parallax.analyze.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pairs quotation marks into quoted spans.
 *
 * <p>Double marks ({@code " “ ” « »}) are paired over the whole text, because a quote may run over
 * several lines: news sites reopen the mark at each new paragraph of a long quote without closing
 * the previous one, and sentence-per-line corpora (ECB+) break quotes at every sentence. A straight
 * mark is read as opening or closing from the chars around it; inside an open quote any mark on the
 * same line closes it, a mark at the start of a later line reopens (continues) it, and a mark that
 * can only open on a later line ends the old quote at its line end. Single marks ({@code ‘ ’ '})
 * are paired within one line, outside double-quoted spans, and only where the opening mark starts a
 * word, so apostrophes ({@code don't}, {@code O'Brien}) are left alone.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {
  /** The most lines one quote may span before an unclosed mark is given up. */
  private static final int MAX_LINES = 12;

  /** A line break inside a quote with the mark that reopens it on the next paragraph. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*[\"“«]?\\s*");

  /**
   * One quoted span.
   *
   * @param start offset of the first char inside the marks (white space trimmed)
   * @param end offset past the last char inside the marks (white space trimmed)
   * @param openMark offset of the opening mark
   * @param closeMark offset of the closing mark, or -1 when the quote ran to its line end
   * @param single whether the marks are single quotes
   */
  record Span(int start, int end, int openMark, int closeMark, boolean single) {
    /** Offset just past the closing mark, or past the quote's last char when unclosed. */
    int outerEnd() {
      return closeMark >= 0 ? closeMark + 1 : end;
    }
  }

  private QuoteMarks() {}

  /** All quoted spans of a text, in order of their opening marks. */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>(doubles(text));
    spans.addAll(singles(text, spans));
    spans.sort(Comparator.comparingInt(Span::openMark));
    return spans;
  }

  private static List<Span> doubles(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int lastSegmentMark = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isDoubleMark(c)) {
        continue;
      }
      boolean canOpen = canOpen(text, i);
      boolean canClose = canClose(text, i);
      if (open < 0) {
        if (canOpen || !canClose) {
          open = i;
          lastSegmentMark = i;
        }
        continue;
      }
      boolean sameLine = text.lastIndexOf('\n', i - 1) < lastSegmentMark;
      if (sameLine) {
        if (c == '“' || c == '«') {
          // A second directional opening mark on the line: the first one was never closed.
          open = i;
          lastSegmentMark = i;
        } else {
          add(out, text, open, i);
          open = -1;
        }
      } else if (lineCount(text, lastSegmentMark, i) > MAX_LINES) {
        open = canOpen || !canClose ? i : -1;
        lastSegmentMark = i;
      } else if (atLineStart(text, i) && canOpen) {
        lastSegmentMark = i; // the paragraph reopens the quote
      } else if (canClose || !canOpen) {
        add(out, text, open, i);
        open = -1;
      } else {
        addUnclosed(out, text, open, lastSegmentMark);
        open = i;
        lastSegmentMark = i;
      }
    }
    if (open >= 0) {
      addUnclosed(out, text, open, lastSegmentMark);
    }
    return out;
  }

  private static List<Span> singles(String text, List<Span> doubles) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    int openLine = -1;
    int line = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (open >= 0 && line - openLine > MAX_LINES) {
        open = -1;
      }
      for (int i = lineStart; i < lineEnd; i++) {
        char c = text.charAt(i);
        if ((c != '\'' && c != '‘' && c != '’') || insideAny(doubles, i)) {
          continue;
        }
        char prev = i > lineStart ? text.charAt(i - 1) : ' ';
        char next = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
        boolean wordStart = Character.isWhitespace(prev) || "([\"“—–-".indexOf(prev) >= 0;
        boolean opens =
            (c == '‘' || c == '\'') && wordStart && (Character.isLetterOrDigit(next) || c == '‘');
        if (open < 0) {
          if (opens) {
            open = i;
            openLine = line;
          }
          continue;
        }
        if (line > openLine) {
          // On a later line only a mark right after sentence punctuation closes: apostrophes
          // ("Lopez' car") must not end a quote that spans lines.
          if (i == lineStart && opens) {
            continue; // a reopened paragraph
          }
          if (strongClose(text, i, lineStart, next)) {
            add(out, text, open, i);
            open = -1;
          }
          continue;
        }
        if (c == '‘') {
          continue;
        }
        boolean closes =
            !Character.isLetterOrDigit(next)
                && (!Character.isWhitespace(prev) || Character.isWhitespace(next) || next == '"');
        if (closes && !(Character.isLetter(prev) && Character.isLetter(next))) {
          add(out, text, open, i);
          open = -1;
        }
      }
      lineStart = lineEnd + 1;
      line++;
    }
    List<Span> singles = new ArrayList<>();
    for (Span s : out) {
      singles.add(new Span(s.start(), s.end(), s.openMark(), s.closeMark(), true));
    }
    return singles;
  }

  private static boolean strongClose(String text, int i, int lineStart, char next) {
    if (Character.isLetterOrDigit(next)) {
      return false;
    }
    int j = i - 1;
    if (j >= lineStart && text.charAt(j) == ' ') {
      j--;
    }
    return j >= lineStart && ".,!?".indexOf(text.charAt(j)) >= 0;
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span s : spans) {
      if (offset >= s.openMark() && offset < s.outerEnd()) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Span> out, String text, int open, int close) {
    int from = open + 1;
    int to = close;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (hasWord(text, from, to)) {
      out.add(new Span(from, to, open, close, false));
    }
  }

  private static void addUnclosed(List<Span> out, String text, int open, int lastSegmentMark) {
    int lineEnd = text.indexOf('\n', lastSegmentMark);
    int to = lineEnd < 0 ? text.length() : lineEnd;
    int from = open + 1;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (hasWord(text, from, to)) {
      out.add(new Span(from, to, open, -1, false));
    }
  }

  private static boolean hasWord(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
  }

  private static boolean canOpen(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '«') {
      return true;
    }
    if (c == '”' || c == '»') {
      return false;
    }
    char prev = i > 0 ? text.charAt(i - 1) : '\n';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    return (Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0)
        && !Character.isWhitespace(next);
  }

  private static boolean canClose(String text, int i) {
    char c = text.charAt(i);
    if (c == '”' || c == '»') {
      return true;
    }
    if (c == '“' || c == '«') {
      return false;
    }
    char prev = i > 0 ? text.charAt(i - 1) : '\n';
    char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
    return !Character.isWhitespace(prev)
        || Character.isWhitespace(next)
        || ".,;:!?)]—–-".indexOf(next) >= 0;
  }

  private static boolean atLineStart(String text, int i) {
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int lineCount(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The quoted words of a span, with line breaks and reopening marks turned into one space. */
  static String words(String text, Span span) {
    String inner = text.substring(span.start(), span.end());
    if (inner.indexOf('\n') < 0) {
      return inner;
    }
    return LINE_BREAK.matcher(inner).replaceAll(" ");
  }
}
