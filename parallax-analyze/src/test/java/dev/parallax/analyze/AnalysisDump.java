package dev.parallax.analyze;

import dev.parallax.analyze.nlp.EnglishNlp;
import dev.parallax.analyze.nlp.Sentence;
import dev.parallax.analyze.nlp.Token;
import dev.parallax.analyze.quote.EcbPlusTexts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link ArticleAnalyzer} output of every ECB+ text, one {@code id<TAB>json} line each,
 * to compare runs byte for byte: {@code <prefix>.all} (the whole analysis), {@code
 * <prefix>.noclaims} (sentences, entities, quotes) and {@code <prefix>.claims} (claims only) and
 * {@code <prefix>.nlp} (sentences, tokens and tags), so a change in one stage's output shows apart
 * from the others. A main, not a test.
 */
final class AnalysisDump {
  private AnalysisDump() {}

  public static void main(String[] args) throws IOException {
    String prefix = args.length > 0 ? args[0] : "/tmp/analysis";
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    Map<String, String> texts = EcbPlusTexts.texts();
    try (PrintWriter all = writer(prefix + ".all");
        PrintWriter noClaims = writer(prefix + ".noclaims");
        PrintWriter claims = writer(prefix + ".claims");
        PrintWriter tokens = writer(prefix + ".nlp")) {
      EnglishNlp nlp = EnglishNlp.load();
      for (Map.Entry<String, String> e : texts.entrySet()) {
        ArticleAnalysis a = analyzer.analyze(e.getValue());
        tokens.println(e.getKey());
        for (Sentence s : nlp.analyze(e.getValue()).sentences()) {
          StringBuilder line = new StringBuilder().append(s.start()).append('-').append(s.end());
          for (Token t : s.tokens()) {
            line.append(' ')
                .append(t.start())
                .append(':')
                .append(t.text())
                .append('/')
                .append(t.pos());
          }
          tokens.println(line);
        }
        all.println(e.getKey() + "\t" + AnalysisCodec.encode(a));
        noClaims.println(
            e.getKey()
                + "\t"
                + AnalysisCodec.encode(
                    new ArticleAnalysis(a.sentences(), a.entities(), a.quotes(), List.of())));
        claims.println(
            e.getKey()
                + "\t"
                + AnalysisCodec.encode(
                    new ArticleAnalysis(List.of(), List.of(), List.of(), a.claims())));
      }
    }
    System.out.println(texts.size() + " texts written to " + prefix + ".{all,noclaims,claims,nlp}");
  }

  private static PrintWriter writer(String path) throws IOException {
    return new PrintWriter(Files.newBufferedWriter(Path.of(path), StandardCharsets.UTF_8));
  }
}
