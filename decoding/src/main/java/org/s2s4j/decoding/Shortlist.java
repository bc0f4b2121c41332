package org.s2s4j.decoding;

import java.io.Writer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * A lexical shortlist of target tokens (as in Marian): the tokens a batch's outputs may use are the
 * special tokens, the most frequent target tokens, and for each source token of the batch its most
 * likely translations. A scorer with a shortlist computes the output layer for the union of these
 * rows only, so its log-probabilities are normalised over that union: it changes the search, and
 * its output, which is why it is opt-in. Immutable and thread-safe.
 *
 * <p>The file ({@value #FILE} in a model directory) is UTF-8 text: a {@code #} header line, then
 * one line per source token, {@code SOURCE<TAB>TARGET TARGET ...}; the line with an empty source
 * field lists the frequent target tokens.
 */
public final class Shortlist {

  /** The shortlist's file name in a model directory. */
  public static final String FILE = "shortlist.txt";

  private final int targetVocabularySize;
  private final int[] always;
  private final int[][] bySource;
  private final String description;

  /**
   * @param frequent target ids every batch may use (the specials are added)
   * @param bySource for each source id, the target ids it adds
   * @param description how it was built (the file's header)
   */
  public Shortlist(int targetVocabularySize, int[] frequent, int[][] bySource, String description) {
    this.targetVocabularySize = targetVocabularySize;
    boolean[] mark = new boolean[targetVocabularySize];
    for (int s = 0; s < Vocabulary.SPECIALS.size(); s++) {
      mark[s] = true;
    }
    for (int t : frequent) {
      mark[check(t)] = true;
    }
    this.always = collect(mark);
    this.bySource = new int[bySource.length][];
    for (int s = 0; s < bySource.length; s++) {
      this.bySource[s] = bySource[s] == null ? new int[0] : bySource[s].clone();
      for (int t : this.bySource[s]) {
        check(t);
      }
    }
    this.description = description;
  }

  private int check(int t) {
    if (t < 0 || t >= targetVocabularySize) {
      throw new IllegalArgumentException("target id " + t + " outside the vocabulary of "
          + targetVocabularySize);
    }
    return t;
  }

  private static int[] collect(boolean[] mark) {
    int n = 0;
    for (boolean m : mark) {
      n += m ? 1 : 0;
    }
    int[] ids = new int[n];
    n = 0;
    for (int t = 0; t < mark.length; t++) {
      if (mark[t]) {
        ids[n++] = t;
      }
    }
    return ids;
  }

  /** The target tokens the sentences {@code sources} (source ids) may use, ascending. */
  public int[] candidates(List<int[]> sources) {
    boolean[] mark = new boolean[targetVocabularySize];
    for (int t : always) {
      mark[t] = true;
    }
    for (int[] source : sources) {
      for (int s : source) {
        if (s >= 0 && s < bySource.length) {
          for (int t : bySource[s]) {
            mark[t] = true;
          }
        }
      }
    }
    return collect(mark);
  }

  /** The number of target tokens in the vocabulary the ids refer to. */
  public int targetVocabularySize() {
    return targetVocabularySize;
  }

  /** The tokens every batch may use (specials and frequent tokens), ascending. */
  public int[] always() {
    return always.clone();
  }

  /** How it was built. */
  public String description() {
    return description;
  }

  /** Writes the shortlist as tokens of {@code source} and {@code target}; atomically. */
  public void write(Path file, Vocabulary source, Vocabulary target) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      Writer w = out.writer();
      w.write("# " + description + "\n");
      w.write("\t" + tokens(Arrays.stream(always).filter(t -> t >= Vocabulary.SPECIALS.size())
          .toArray(), target) + "\n");
      for (int s = 0; s < bySource.length; s++) {
        if (bySource[s].length > 0) {
          w.write(source.token(s) + "\t" + tokens(bySource[s], target) + "\n");
        }
      }
      out.commit();
    }
  }

  private static String tokens(int[] ids, Vocabulary vocabulary) {
    StringBuilder b = new StringBuilder();
    for (int id : ids) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(vocabulary.token(id));
    }
    return b.toString();
  }

  /**
   * Reads a shortlist written by {@link #write} for these vocabularies.
   *
   * @throws InputFormatException naming the line of a malformed line or of a token outside the
   *     vocabularies (a shortlist of another model)
   */
  public static Shortlist read(Path file, Vocabulary source, Vocabulary target) throws IOException {
    int[][] bySource = new int[source.size()][];
    int[] frequent = null;
    String description = "";
    try (Utf8LineReader in = Utf8LineReader.open(file)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (in.lineNumber() == 1 && line.startsWith("#")) {
          description = line.substring(1).strip();
          continue;
        }
        int tab = line.indexOf('\t');
        if (tab < 0) {
          throw new InputFormatException(file, in.lineNumber(), "expected SOURCE<TAB>TARGETS");
        }
        String key = line.substring(0, tab);
        String rest = line.substring(tab + 1).strip();
        List<Integer> ids = new ArrayList<>();
        for (String t : rest.isEmpty() ? new String[0] : rest.split(" +")) {
          if (!target.contains(t)) {
            throw new InputFormatException(file, in.lineNumber(), "target token '" + t
                + "' is not in the model's target vocabulary (a shortlist of another model?)");
          }
          ids.add(target.id(t));
        }
        int[] array = ids.stream().mapToInt(Integer::intValue).toArray();
        if (key.isEmpty()) {
          frequent = array;
        } else {
          if (!source.contains(key)) {
            throw new InputFormatException(file, in.lineNumber(), "source token '" + key
                + "' is not in the model's source vocabulary (a shortlist of another model?)");
          }
          bySource[source.id(key)] = array;
        }
      }
    }
    if (frequent == null) {
      throw new InputFormatException(file, 0, "no line of frequent target tokens");
    }
    return new Shortlist(target.size(), frequent, bySource, description);
  }
}
