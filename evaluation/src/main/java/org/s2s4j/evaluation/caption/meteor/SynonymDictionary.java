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
 * </ul>
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
