package dev.parallax.analyze.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence splitting, tokenization and UD part-of-speech tagging with the English UD-EWT models
 * that OpenNLP publishes on Maven Central (Apache License 2.0), read from the class path.
 *
 * <p>Tokens come from {@link RuleTokenizer}, which reproduces the boundaries of OpenNLP's UD-EWT
 * tokenizer model (99.8% boundary agreement on ECB+) at a small fraction of its cost.
 *
 * <p>Thread-safe: the models are shared and immutable; each thread reuses its own splitter and
 * tagger objects (OpenNLP's are not thread-safe). Load once with {@link #load()} and share the
 * instance.
 *
 * <p>The tagger decodes greedily (beam size 1) instead of with the model's beam of 3: on the 982
 * ECB+ texts (363,605 tokens) both give the same tags for every token, and greedy decoding tags
 * about twice as fast. {@link GreedyTagger} decodes without OpenNLP's beam search machinery.
 */
public final class EnglishNlp {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Where a POS model package keeps its maxent model. */
  static final String POS_MODEL_ENTRY = "pos.model";

  /** Beam size of the tagger: 1 is greedy decoding. */
  static final int TAGGER_BEAM = 1;

  private final SentenceModel sentenceModel;
  private final POSModel posModel;
  private final ThreadLocal<Tools> tools;

  /** One thread's OpenNLP objects. */
  private record Tools(SentenceDetectorME sentences, GreedyTagger tagger) {}

  private EnglishNlp(SentenceModel sentences, POSModel pos) {
    this.sentenceModel = sentences;
    this.posModel = pos;
    this.tools =
        ThreadLocal.withInitial(
            () -> new Tools(new SentenceDetectorME(sentenceModel), new GreedyTagger(posModel)));
  }

  /**
   * Loads the sentence and tagging models from the class path (about half a second).
   *
   * @throws UncheckedIOException if a model is missing or unreadable
   */
  public static EnglishNlp load() {
    try {
      return new EnglishNlp(
          new SentenceModel(open(SENTENCE_MODEL)),
          withBeam(new POSModel(open(POS_MODEL)), TAGGER_BEAM));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an OpenNLP model", e);
    }
  }

  /** The same tagging model with another beam size. */
  static POSModel withBeam(POSModel model, int beamSize) {
    MaxentModel maxent = model.getArtifact(POS_MODEL_ENTRY);
    return new POSModel(model.getLanguage(), maxent, beamSize, Map.of(), model.getFactory());
  }

  /** The beam size the loaded tagger decodes with, as its model declares it. */
  int taggerBeamSize() {
    return Integer.parseInt(posModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER));
  }

  static InputStream open(String name) throws IOException {
    InputStream in = EnglishNlp.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("model " + name + " is not on the class path");
    }
    return in;
  }

  /** Splits, tokenizes and tags a text; line breaks always end a sentence. */
  public AnalyzedText analyze(String text) {
    Tools t = tools.get();
    int[] bounds = sentenceBounds(t.sentences(), text);
    List<Sentence> out = new ArrayList<>(bounds.length / 2);
    for (int i = 0; i < bounds.length; i += 2) {
      Sentence sentence = tagSentence(t.tagger(), text, bounds[i], bounds[i + 1]);
      if (sentence != null) {
        out.add(sentence);
      }
    }
    return new AnalyzedText(text, out);
  }

  /** How many sentence spans this splitter finds in {@code text}; for timing the splitter alone. */
  static int sentenceCount(EnglishNlp nlp, String text) {
    return sentenceBounds(nlp.tools.get().sentences(), text).length / 2;
  }

  /**
   * The sentence spans of {@code text} as {start0, end0, start1, end1, ...}, in text order: each
   * non-blank line split by the sentence model.
   */
  private static int[] sentenceBounds(SentenceDetectorME sentences, String text) {
    int[] bounds = new int[16];
    int n = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        for (Span s : sentences.sentPosDetect(line)) {
          if (n + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
          }
          bounds[n++] = lineStart + s.getStart();
          bounds[n++] = lineStart + s.getEnd();
        }
      }
      lineStart = lineEnd + 1;
    }
    return Arrays.copyOf(bounds, n);
  }

  /** Tokenizes and tags {@code text[start, end)}; null if it holds no token. */
  private static Sentence tagSentence(GreedyTagger tagger, String text, int start, int end) {
    int[] spans = RuleTokenizer.tokenize(text, start, end);
    if (spans.length == 0) {
      return null;
    }
    String[] words = new String[spans.length / 2];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(spans[2 * i], spans[2 * i + 1]);
    }
    String[] tags = tagger.tag(words);
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      tokens.add(new Token(words[i], spans[2 * i], spans[2 * i + 1], tags[i]));
    }
    return new Sentence(start, end, tokens);
  }

  /** Lower-cased abbreviations after which a sentence break is the splitter's mistake. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "gen.", "lt.", "col.", "sgt.",
          "capt.", "st.", "ave.", "no.", "inc.", "corp.", "jr.", "sr.", "prof.", "rev.", "adm.",
          "cmdr.", "gov", "sen", "vs.", "mt.", "ft.", "blvd.", "rd.", "calif.", "tenn.", "fla.",
          "az.", "ariz.", "ga.", "ill.", "mass.", "mich.", "minn.", "pa.", "va.", "wash.", "tex.",
          "colo.", "conn.", "ky.", "la.", "md.", "mo.", "nev.", "okla.", "ore.", "wis.", "ala.",
          "ark.", "del.", "ind.", "kan.", "neb.", "n.j.", "n.y.", "n.c.", "s.c.");

  /**
   * Joins a sentence to the next one on the same line when the splitter broke it after a title or
   * street abbreviation ("Gov. Sarah Palin", "Pitkin Ave. brandishing"). Returns a new list; the
   * given sentences are not changed.
   */
  public static List<Sentence> mergeAfterAbbreviations(String text, List<Sentence> sentences) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      if (!out.isEmpty()) {
        Sentence prev = out.get(out.size() - 1);
        List<Token> pt = prev.tokens();
        String last = pt.get(pt.size() - 1).text().toLowerCase(Locale.ROOT);
        if (pt.size() >= 2 && last.equals(".")) {
          last = pt.get(pt.size() - 2).text().toLowerCase(Locale.ROOT) + ".";
        }
        boolean sameLine = text.substring(prev.end(), s.start()).indexOf('\n') < 0;
        if (sameLine && ABBREVIATIONS.contains(last)) {
          List<Token> joined = new ArrayList<>(pt);
          joined.addAll(s.tokens());
          out.set(out.size() - 1, new Sentence(prev.start(), s.end(), joined));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }
}
