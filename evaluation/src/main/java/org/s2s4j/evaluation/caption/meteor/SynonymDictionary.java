package org.s2s4j.evaluation.caption.meteor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonym sets for METEOR's synonym module: two different words match when they share a synset,
 * looked up for each word itself and for its base form. The base form comes from an exception
 * list if the word is in one, otherwise from WordNet's suffix rules ("morphy"): the first rule
 * whose result is a known word. Immutable and thread-safe.
 *
 * <p>Two formats are read:
 * <ul>
 *   <li>{@link #readSynsets(Path)}: one synset per line, its words separated by whitespace;
 *       blank lines and lines starting with {@code #} are skipped. Words should be lower-case
 *       and single tokens (WordNet writes multi-word lemmas with {@code _}, which then never match
 *       a caption word).</li>
 *   <li>{@link #readMeteorDirectory(Path)}: METEOR's own {@code english.synsets} (a word line,
 *       then a line of synset numbers) and {@code english.exceptions} (a base-form line, then a
 *       line of inflected forms), as its jar ships them.</li>
 *   <li>{@link #readWordNetDatabase(Path)}: the WordNet 3.0 database those files are made from
 *       ({@code index.noun|verb|adj|adv} and {@code noun|verb|adj|adv.exc}, as Debian's
 *       {@code wordnet-base} installs them in {@code /usr/share/wordnet}): the same words,
 *       synset numbers and exceptions as METEOR's files.</li>
 * </ul>
 * {@link #read(Path)} picks the format.
 */
public final class SynonymDictionary {

  // WordNet 3.0 morphy detachment rules: nouns, verbs, adjectives.
  private static final String[] SUFFIXES = {
      "s", "ses", "xes", "zes", "ches", "shes", "men", "ies",
      "s", "ies", "es", "es", "ed", "ed", "ing", "ing",
      "er", "est", "er", "est"};
  private static final String[] ENDINGS = {
      "", "s", "x", "z", "ch", "sh", "man", "y",
      "", "y", "e", "", "e", "", "e", "",
      "", "", "e", "e"};

  private final Map<String, Set<Integer>> synsets;
  private final Map<String, List<String>> baseForms;
  private final String source;

  private SynonymDictionary(Map<String, Set<Integer>> synsets,
      Map<String, List<String>> baseForms, String source) {
    this.synsets = synsets;
    this.baseForms = baseForms;
    this.source = source;
  }

  /**
   * Reads one synset per line.
   *
   * @throws IOException if {@code file} cannot be read as UTF-8
   */
  public static SynonymDictionary readSynsets(Path file) throws IOException {
    Map<String, Set<Integer>> synsets = new HashMap<>();
    int id = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      List<String> words = MeteorWords.split(line);
      if (words.isEmpty() || words.get(0).startsWith("#")) {
        continue;
      }
      for (String w : words) {
        synsets.computeIfAbsent(w, k -> new HashSet<>()).add(id);
      }
      id++;
    }
    return new SynonymDictionary(freeze(synsets), Map.of(), "file:" + file.getFileName());
  }

  /**
   * Reads METEOR's {@code english.synsets} and {@code english.exceptions} from {@code dir}.
   *
   * @throws IOException if a file is missing, cannot be read or is malformed
   */
  public static SynonymDictionary readMeteorDirectory(Path dir) throws IOException {
    Map<String, Set<Integer>> synsets = new HashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("english.synsets"),
        StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      Set<Integer> ids = new HashSet<>();
      for (String n : MeteorWords.split(lines.get(i + 1))) {
        try {
          ids.add(Integer.parseInt(n));
        } catch (NumberFormatException e) {
          throw new IOException("english.synsets line " + (i + 2) + ": not a synset number: "
              + n, e);
        }
      }
      synsets.put(lines.get(i), ids);
    }
    Map<String, List<String>> bases = new HashMap<>();
    lines = Files.readAllLines(dir.resolve("english.exceptions"), StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      for (String form : MeteorWords.split(lines.get(i + 1))) {
        bases.computeIfAbsent(form, k -> new ArrayList<>()).add(lines.get(i));
      }
    }
    Map<String, List<String>> frozenBases = new HashMap<>();
    bases.forEach((k, v) -> frozenBases.put(k, List.copyOf(v)));
    return new SynonymDictionary(freeze(synsets), Map.copyOf(frozenBases),
        "meteor-dir:" + dir.getFileName());
  }

  private static final String[] WORDNET_POS = {"noun", "verb", "adj", "adv"};

  /**
   * Reads a WordNet 3.0 database directory: each lemma of {@code index.POS} with the synset
   * offsets of its senses (METEOR's synset numbers), and each {@code POS.exc} line
   * ({@code inflected base...}) as base forms of the inflected word.
   *
   * @throws IOException naming the file and line of a malformed entry
   */
  public static SynonymDictionary readWordNetDatabase(Path dict) throws IOException {
    Map<String, Set<Integer>> synsets = new HashMap<>();
    Map<String, Set<String>> bases = new HashMap<>();
    for (String pos : WORDNET_POS) {
      Path index = dict.resolve("index." + pos);
      int n = 0;
      for (String line : Files.readAllLines(index, StandardCharsets.ISO_8859_1)) {
        n++;
        if (line.startsWith(" ") || line.isBlank()) {
          continue; // the licence header
        }
        String[] f = line.trim().split(" +");
        try {
          // lemma pos synset_cnt p_cnt ptr_symbol[p_cnt] sense_cnt tagsense_cnt synset_offset[...]
          int pointers = Integer.parseInt(f[3]);
          Set<Integer> ids = synsets.computeIfAbsent(f[0], k -> new HashSet<>());
          for (int i = 4 + pointers + 2; i < f.length; i++) {
            ids.add(Integer.parseInt(f[i]));
          }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
          throw new IOException(index + " line " + n + ": not a WordNet index entry: " + line, e);
        }
      }
      for (String line : Files.readAllLines(dict.resolve(pos + ".exc"), StandardCharsets.ISO_8859_1)) {
        String[] f = line.trim().split(" +");
        for (int i = 1; i < f.length; i++) {
          bases.computeIfAbsent(f[0], k -> new java.util.TreeSet<>()).add(f[i]);
        }
      }
    }
    Map<String, List<String>> frozenBases = new HashMap<>();
    bases.forEach((k, v) -> frozenBases.put(k, List.copyOf(v)));
    return new SynonymDictionary(freeze(synsets), Map.copyOf(frozenBases),
        "wordnet-dir:" + dict.getFileName());
  }

  /**
   * Reads {@code path} in the format it has: a METEOR directory ({@code english.synsets}), a
   * WordNet database directory ({@code index.noun}), or a file of one synset per line.
   */
  public static SynonymDictionary read(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new IOException("synonyms not found: " + path);
      }
      return readSynsets(path);
    }
    if (Files.isRegularFile(path.resolve("english.synsets"))) {
      return readMeteorDirectory(path);
    }
    if (Files.isRegularFile(path.resolve("index.noun"))) {
      return readWordNetDatabase(path);
    }
    throw new IOException(path + " has neither METEOR's english.synsets nor a WordNet 3.0 "
        + "database (index.noun, ...)");
  }

  private static Map<String, Set<Integer>> freeze(Map<String, Set<Integer>> map) {
    Map<String, Set<Integer>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }

  /** The synsets of {@code word} and of its base form. */
  public Set<Integer> synsetsOf(String word) {
    Set<Integer> out = new HashSet<>(synsets.getOrDefault(word, Set.of()));
    List<String> bases = baseForms.get(word);
    if (bases != null) {
      for (String base : bases) {
        out.addAll(synsets.getOrDefault(base, Set.of()));
      }
    } else {
      out.addAll(synsets.getOrDefault(morph(word), Set.of()));
    }
    return out;
  }

  /**
   * WordNet's suffix rules as METEOR applies them: words ending in {@code ss} or of at most two
   * characters are their own base; otherwise the first rule giving a known word, or "" if none.
   */
  String morph(String word) {
    if (word.endsWith("ss") || word.length() <= 2) {
      return word;
    }
    for (int i = 0; i < SUFFIXES.length; i++) {
      if (word.endsWith(SUFFIXES[i])) {
        String base = word.substring(0, word.length() - SUFFIXES[i].length()) + ENDINGS[i];
        if (synsets.containsKey(base)) {
          return base;
        }
      }
    }
    return "";
  }

  /** Where the synsets came from, for signatures. */
  public String source() {
    return source;
  }
}
