package org.s2s4j.evaluation.caption.meteor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.corpora.io.Utf8LineReader;

/**
 * A paraphrase table in METEOR 1.5's format ({@code paraphrase-en.gz}): entries of three lines,
 * a probability, a phrase and its paraphrase (words separated by whitespace). METEOR reads but
 * ignores the probability; so does this class, after checking that it is a number. The file may
 * be gzip-compressed (as METEOR ships it) or plain. Immutable and thread-safe.
 *
 * <p>Phrases and words are compared as the reference does: words map to ids of the table's own
 * vocabulary, so a word that is not in the table matches nothing; an entry is directed (phrase
 * to paraphrase), and the matcher looks it up in both directions.
 */
public final class ParaphraseTable {

  private final Map<String, Integer> vocabulary;
  private final Node root;
  private final List<int[]> paraphrases;
  private final String source;

  private ParaphraseTable(Map<String, Integer> vocabulary, Node root, List<int[]> paraphrases,
      String source) {
    this.vocabulary = vocabulary;
    this.root = root;
    this.paraphrases = paraphrases;
    this.source = source;
  }

  /**
   * Reads {@code file}.
   *
   * @throws IOException if the file cannot be read, or (naming the line) if an entry is
   *     incomplete, its probability is not a number or one of its phrases is empty
   */
  public static ParaphraseTable read(Path file) throws IOException {
    Map<String, Integer> vocabulary = new HashMap<>();
    Node root = new Node();
    List<int[]> paraphrases = new ArrayList<>();
    try (Utf8LineReader reader = Utf8LineReader.open(file)) {
      int lineNumber = 0;
      for (String probability = reader.readLine(); probability != null;
          probability = reader.readLine()) {
        lineNumber++;
        try {
          Double.parseDouble(probability.trim());
        } catch (NumberFormatException e) {
          throw new IOException(file + " line " + lineNumber
              + ": expected a paraphrase probability, found '" + probability + "'");
        }
        int[] phrase = words(file, reader.readLine(), ++lineNumber, vocabulary);
        int[] paraphrase = words(file, reader.readLine(), ++lineNumber, vocabulary);
        root.add(phrase, 0, paraphrases.size());
        paraphrases.add(paraphrase);
      }
    }
    return new ParaphraseTable(Map.copyOf(vocabulary), root, List.copyOf(paraphrases),
        "file:" + file.getFileName());
  }

  private static int[] words(Path file, String line, int lineNumber,
      Map<String, Integer> vocabulary) throws IOException {
    if (line == null) {
      throw new IOException(file + " line " + lineNumber
          + ": the file ends inside an entry (each entry is a probability, a phrase and its "
          + "paraphrase, one line each)");
    }
    List<String> words = MeteorWords.split(line);
    if (words.isEmpty()) {
      throw new IOException(file + " line " + lineNumber + ": empty phrase");
    }
    int[] ids = new int[words.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = vocabulary.computeIfAbsent(words.get(i), w -> vocabulary.size());
    }
    return ids;
  }

  /** The vocabulary id of {@code word}, or -1 if the table does not contain it. */
  public int id(String word) {
    return vocabulary.getOrDefault(word, -1);
  }

  /** How many entries the table has. */
  public int size() {
    return paraphrases.size();
  }

  /**
   * The entries whose phrase starts at {@code words[start]}: pairs {@code (phrase length, entry)}
   * flattened into one array, shortest phrases first, then in file order.
   */
  int[] phrasesAt(int[] words, int start) {
    List<Integer> out = new ArrayList<>();
    Node node = root;
    for (int i = start; i < words.length; i++) {
      node = node.next.get(words[i]);
      if (node == null) {
        break;
      }
      for (int entry : node.entries) {
        out.add(i - start + 1);
        out.add(entry);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The paraphrase (vocabulary ids) of entry {@code entry}. */
  int[] paraphrase(int entry) {
    return paraphrases.get(entry);
  }

  /** Where the table came from, for signatures. */
  public String source() {
    return source;
  }

  /** A trie node over phrase words; {@code entries} are the entries whose phrase ends here. */
  private static final class Node {
    final Map<Integer, Node> next = new HashMap<>(2);
    int[] entries = new int[0];

    void add(int[] phrase, int from, int entry) {
      Node node = this;
      for (int i = from; i < phrase.length; i++) {
        node = node.next.computeIfAbsent(phrase[i], k -> new Node());
      }
      node.entries = Arrays.copyOf(node.entries, node.entries.length + 1);
      node.entries[node.entries.length - 1] = entry;
    }
  }
}
