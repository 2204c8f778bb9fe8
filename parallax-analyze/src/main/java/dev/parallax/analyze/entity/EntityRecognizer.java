package dev.parallax.analyze.entity;

import dev.parallax.analyze.nlp.AnalyzedText;
import dev.parallax.analyze.nlp.EnglishNlp;
import java.util.List;
import java.util.Objects;

/**
 * Finds the names of people, organisations, places and other things in English news text, by rules
 * over part-of-speech tags, gazetteers and cue words; no statistical NER model.
 *
 * <p>A name is a run of capitalised words ("Bank of America", "Stade de Suisse"); a title before a
 * person's name is not part of it ("President Ashraf Ghani" gives "Ashraf Ghani"); a capital at a
 * sentence start proves nothing by itself. Names are typed by gazetteer, by cue word ("Inc.",
 * "County"), by title or given name, by context ("said", "in"), and across the document ("Ghani" is
 * a person once "Ashraf Ghani" is). Months, weekdays, nationality words ("Afghan"), hashtags and
 * handles are not names. Tuned on the DEV half of the ECB+ gold set under {@code
 * src/main/resources/dev/parallax/analyze/entity}, measured on its TEST half ({@code parallax eval
 * entities}).
 *
 * <p>Thread-safe and immutable: the gazetteers are read once and shared; each call works on its own
 * state. Create one with {@link #standard(EnglishNlp)} and share it.
 */
public final class EntityRecognizer {
  private final EnglishNlp nlp;
  private final EntityLexicon lexicon;
  private final WordSplitter splitter;

  private EntityRecognizer(EnglishNlp nlp, EntityLexicon lexicon) {
    this.nlp = nlp;
    this.lexicon = lexicon;
    this.splitter = new WordSplitter(lexicon);
  }

  /**
   * The recognizer with the bundled English gazetteers (read on first use, then shared).
   *
   * @param nlp the analyser {@link #recognize(String)} uses
   */
  public static EntityRecognizer standard(EnglishNlp nlp) {
    return new EntityRecognizer(Objects.requireNonNull(nlp, "nlp"), EntityLexicon.standard());
  }

  /** The entity mentions of an analysed text, in text order, never overlapping. */
  public List<EntityMention> recognize(AnalyzedText text) {
    Objects.requireNonNull(text, "text");
    return new RecognitionPass(lexicon, text.text(), splitter.lines(text)).run();
  }

  /** Analyses a text with this recognizer's {@link EnglishNlp} and returns its mentions. */
  public List<EntityMention> recognize(String text) {
    Objects.requireNonNull(text, "text");
    return recognize(nlp.analyze(text));
  }
}
