package org.s2s4j.tokenization.bpe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.s2s4j.tokenization.TextFiles;

/**
 * Segments words into subwords exactly as subword-nmt's {@code apply-bpe} does: every non-final
 * subword of a word gets the separator ({@code @@} by default). With a dropout probability and a
 * random generator it does BPE-dropout, apply-bpe's {@code --dropout}, in the same merge loop.
 *
 * <pre>{@code
 * BpeApplier bpe = new BpeApplier(BpeCodes.load(path), "@@", null);
 * bpe.applyLine("ein mann lädt baumwolle");  // "ein mann lä@@ d@@ t baum@@ wo@@ lle"
 * BpeApplier.restore("lä@@ d@@ t");            // "lädt"
 * // BPE-dropout, afresh each epoch, reproducible per (seed, epoch, line)
 * bpe.applyLine(line, 0.1, BpeApplier.dropoutRandom(seed, epoch, lineNumber));
 * }</pre>
 *
 * <p>With a vocabulary (apply-bpe's {@code --vocabulary}), merges that produce a subword outside
 * it are undone, recursively, as subword-nmt does. Thread-safe; words segmented without dropout
 * are cached.
 */
public final class BpeApplier {

  /** subword-nmt's default separator. */
  public static final String DEFAULT_SEPARATOR = "@@";

  private static final Pattern DEFAULT_RESTORE = Pattern.compile("@@ |@@ ?$");

  private final BpeCodes codes;
  private final String separator;
  private final Set<String> vocabulary;
  private final Glossaries glossaries;
  private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

  /**
   * @param vocabulary the in-vocabulary subwords, as {@link #readVocabulary} gives, or null; an
   *     empty set behaves like null, as in subword-nmt
   */
  public BpeApplier(BpeCodes codes, String separator, Set<String> vocabulary) {
    this(codes, separator, vocabulary, List.of());
  }

  /**
   * @param glossaries words or regular expressions (Java syntax) that are never split nor merged
   *     with their neighbours (apply-bpe's {@code --glossaries}): {@code USA} turns
   *     {@code 1934USABUSA} into {@code 19@@ 34@@ USA@@ B@@ USA}
   * @throws IllegalArgumentException for an invalid regular expression
   */
  public BpeApplier(BpeCodes codes, String separator, Set<String> vocabulary,
      List<String> glossaries) {
    if (separator.isEmpty()) {
      throw new IllegalArgumentException("the separator must not be empty");
    }
    this.codes = codes;
    this.separator = separator;
    this.vocabulary = vocabulary == null || vocabulary.isEmpty() ? null : Set.copyOf(vocabulary);
    this.glossaries = new Glossaries(glossaries);
  }

  /**
   * The subwords of apply-bpe's {@code --vocabulary} file ({@code subword count} per line, as
   * subword-nmt's get-vocab writes it) whose count is at least {@code threshold} (all of them if
   * {@code threshold} is null).
   *
   * @throws IOException naming file and line of a malformed line
   */
  public static Set<String> readVocabulary(Path file, Integer threshold) throws IOException {
    List<String> lines = TextFiles.readLines(file);
    Set<String> vocab = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = PyText.strip(lines.get(i)).split(" ", -1);
      long count;
      try {
        if (parts.length != 2) {
          throw new NumberFormatException();
        }
        count = Long.parseLong(parts[1]);
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + (i + 1)
            + ": expected 'subword count' separated by one space, found '" + lines.get(i) + "'");
      }
      if (threshold == null || count >= threshold) {
        vocab.add(parts[0]);
      }
    }
    return vocab;
  }

  /** The separator appended to non-final subwords. */
  public String separator() {
    return separator;
  }

  /**
   * Segments one line (without its line break) like apply-bpe: words are split at single spaces
   * and re-joined with one space; leading and trailing {@code "\r\n "} are copied; a line of only
   * such characters is returned unchanged.
   */
  public String applyLine(String line) {
    return applyLine(line, 0, null);
  }

  /**
   * Segments one line with BPE-dropout (Provilkov et al., 2020) as apply-bpe's {@code --dropout}
   * does: at every merge step of a word, each pair of adjacent symbols is left out with
   * probability {@code dropout} before the earliest remaining merge is applied, so words come out
   * in smaller pieces, differently each time. {@code dropout} 0 is {@link #applyLine(String)}.
   *
   * <p>The draws come from {@code random} only: one {@link RandomGenerator#nextDouble()} per
   * adjacent pair per merge step, in order; a pair is kept if the draw is greater than
   * {@code dropout}. So the output is a function of the line and the generator's state, and calls
   * with their own generators can run in parallel; {@link #dropoutRandom} gives one per line.
   *
   * @param random used when {@code dropout} is greater than 0
   * @throws IllegalArgumentException if {@code dropout} is not in [0, 1)
   */
  public String applyLine(String line, double dropout, RandomGenerator random) {
    check(dropout, random);
    int lead = 0;
    while (lead < line.length() && PyText.isStripChar(line.charAt(lead))) {
      lead++;
    }
    if (lead == line.length()) {
      return line;
    }
    int trail = line.length();
    while (PyText.isStripChar(line.charAt(trail - 1))) {
      trail--;
    }
    List<String> segmented = apply(PyText.words(line), dropout, random);
    StringBuilder out = new StringBuilder(line.length() + 16);
    out.append(line, 0, lead);
    out.append(String.join(" ", segmented));
    out.append(line, trail, line.length());
    return out.toString();
  }

  /** Segments each token; non-final subwords carry the separator. Empty tokens are skipped. */
  public List<String> apply(List<String> tokens) {
    return apply(tokens, 0, null);
  }

  /**
   * Segments each token with BPE-dropout, drawing from {@code random} as
   * {@link #applyLine(String, double, RandomGenerator)} does.
   *
   * @throws IllegalArgumentException if {@code dropout} is not in [0, 1)
   */
  public List<String> apply(List<String> tokens, double dropout, RandomGenerator random) {
    check(dropout, random);
    List<String> out = new ArrayList<>(tokens.size() + 8);
    for (String word : tokens) {
      if (word.isEmpty()) {
        continue;
      }
      List<String> pieces = new ArrayList<>();
      for (String segment : glossaries.isolate(word)) {
        pieces.addAll(encode(segment, dropout, random));
      }
      for (int i = 0; i < pieces.size() - 1; i++) {
        out.add(pieces.get(i) + separator);
      }
      out.add(pieces.get(pieces.size() - 1));
    }
    return out;
  }

  /**
   * Checks a BPE-dropout probability: 0 (no dropout) up to, but not including, 1 (which would
   * leave every word in single characters).
   *
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static void checkDropout(double dropout) {
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException(
          "the BPE-dropout probability must be at least 0 and less than 1, got " + dropout);
    }
  }

  private static void check(double dropout, RandomGenerator random) {
    checkDropout(dropout);
    if (dropout > 0 && random == null) {
      throw new IllegalArgumentException("BPE-dropout needs a random generator");
    }
  }

  /**
   * A generator for the dropout draws of one line, a function of {@code (seed, epoch, line)}
   * only: training can segment each epoch afresh, reproducibly, in any order and on any number of
   * threads. The three numbers are mixed with SplitMix64's finalizer, so neighbouring lines and
   * epochs get unrelated draws.
   */
  public static RandomGenerator dropoutRandom(long seed, long epoch, long line) {
    return new SplittableRandom(mix(mix(mix(seed) + epoch) + line));
  }

  /** SplitMix64's finalizer (Stafford's Mix13), a bijection on 64-bit values. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Undoes segmentation: removes {@code "@@ "} and a final {@code "@@"} (sed's usual recipe). */
  public static String restore(String line) {
    return DEFAULT_RESTORE.matcher(line).replaceAll("");
  }

  /** Undoes segmentation made with {@code separator}. */
  public static String restore(String line, String separator) {
    if (separator.equals(DEFAULT_SEPARATOR)) {
      return restore(line);
    }
    String q = Pattern.quote(separator);
    return line.replaceAll(q + " |" + q + " ?$", "");
  }

  /** Joins subwords into words, dropping separators: {@code [lä@@, d@@, t, x] → [lädt, x]}. */
  public List<String> join(List<String> subwords) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (String s : subwords) {
      if (s.endsWith(separator)) {
        word.append(s, 0, s.length() - separator.length());
      } else {
        words.add(word.append(s).toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private List<String> encode(String orig, double dropout, RandomGenerator random) {
    boolean deterministic = dropout == 0;
    if (deterministic) {
      List<String> cached = cache.get(orig);
      if (cached != null) {
        return cached;
      }
    }
    if (glossaries.matchesWhole(orig)) {
      List<String> whole = List.of(orig);
      cache.put(orig, whole);
      return whole;
    }
    if (orig.codePointCount(0, orig.length()) == 1) {
      return List.of(orig);
    }
    List<String> word = new ArrayList<>(List.of(PyText.codePoints(orig)));
    int lastIndex = word.size() - 1;
    word.set(lastIndex, word.get(lastIndex) + BpeCodes.END_OF_WORD);
    boolean[] dropped = deterministic ? null : new boolean[word.size()];
    while (word.size() > 1) {
      // the earliest merge among the adjacent pairs; with dropout each pair is first kept with
      // probability 1 - P (one draw per pair, before looking it up, as subword-nmt draws)
      int bestRank = Integer.MAX_VALUE;
      for (int i = 0; i + 1 < word.size(); i++) {
        if (!deterministic) {
          dropped[i] = !(random.nextDouble() > dropout);
          if (dropped[i]) {
            continue;
          }
        }
        int r = codes.rank(word.get(i), word.get(i + 1));
        if (r >= 0 && r < bestRank) {
          bestRank = r;
        }
      }
      if (bestRank == Integer.MAX_VALUE) {
        break;
      }
      // merge its kept occurrences left to right; of overlapping ones (x x x) the first wins
      BpeMerge bigram = codes.merges().get(bestRank);
      String joined = bigram.joined();
      List<String> merged = new ArrayList<>(word.size());
      int i = 0;
      while (i < word.size()) {
        if (i + 1 < word.size() && (deterministic || !dropped[i])
            && word.get(i).equals(bigram.left()) && word.get(i + 1).equals(bigram.right())) {
          merged.add(joined);
          i += 2;
        } else {
          merged.add(word.get(i));
          i += 1;
        }
      }
      word = merged;
    }
    int last = word.size() - 1;
    if (word.get(last).equals(BpeCodes.END_OF_WORD)) {
      word.remove(last);
    } else if (word.get(last).endsWith(BpeCodes.END_OF_WORD)) {
      String s = word.get(last);
      word.set(last, s.substring(0, s.length() - BpeCodes.END_OF_WORD.length()));
    }
    List<String> result = vocabulary == null ? word : checkVocabularyAndSplit(word);
    result = List.copyOf(result);
    if (deterministic) {
      cache.put(orig, result);
    }
    return result;
  }

  /** subword-nmt's check_vocab_and_split: undo merges that produce out-of-vocabulary subwords. */
  private List<String> checkVocabularyAndSplit(List<String> word) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < word.size() - 1; i++) {
      String segment = word.get(i);
      if (vocabulary.contains(segment + separator)) {
        out.add(segment);
      } else {
        recursiveSplit(segment, false, out);
      }
    }
    String last = word.get(word.size() - 1);
    if (vocabulary.contains(last)) {
      out.add(last);
    } else {
      recursiveSplit(last, true, out);
    }
    return out;
  }

  private void recursiveSplit(String segment, boolean isFinal, List<String> out) {
    BpeMerge merge = codes.mergeProducing(isFinal ? segment + BpeCodes.END_OF_WORD : segment);
    if (merge == null) {
      out.add(segment);
      return;
    }
    String left = merge.left();
    String right = merge.right();
    if (isFinal) {
      // Python's right[:-4]
      right = right.substring(0, Math.max(0, right.length() - BpeCodes.END_OF_WORD.length()));
    }
    if (vocabulary.contains(left + separator)) {
      out.add(left);
    } else {
      recursiveSplit(left, false, out);
    }
    if ((isFinal && vocabulary.contains(right)) || (!isFinal && vocabulary.contains(right + separator))) {
      out.add(right);
    } else {
      recursiveSplit(right, isFinal, out);
    }
  }
}
