package org.s2s4j.tokenization.bpe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.s2s4j.tokenization.WhitespaceTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns BPE merges exactly as subword-nmt's {@code learn-bpe} does (text input, one worker), so
 * that the same word counts give a byte-identical codes file.
 *
 * <p>It keeps subword-nmt's incremental pair-statistics index (pair → frequency, pair → words that
 * contain it) and its pruning of rare pairs, including how pruning affects later counts. The most
 * frequent pair wins; a tie goes to the greatest pair in code point order. Learning stops early,
 * logging {@code no pair has frequency >= F. Stopping}, when no pair is at least
 * {@code minFrequency} frequent. With {@code totalSymbols} the number of merges is reduced by the
 * number of character symbols, as learn-bpe's {@code --total-symbols} does. Immutable and
 * thread-safe; {@link #learn} is single-threaded.
 */
public final class BpeLearner {

  private static final Logger LOG = LoggerFactory.getLogger(BpeLearner.class);

  private final int symbols;
  private final int minFrequency;
  private final boolean totalSymbols;

  /**
   * @param symbols how many merges to learn (learn-bpe's {@code --symbols})
   * @param minFrequency stop when no pair occurs this often (learn-bpe's default is 2)
   */
  public BpeLearner(int symbols, int minFrequency) {
    this(symbols, minFrequency, false);
  }

  /**
   * @param symbols how many merges to learn (learn-bpe's {@code --symbols}); with
   *     {@code totalSymbols}, the size of the symbol vocabulary: characters plus merges
   * @param minFrequency stop when no pair occurs this often (learn-bpe's default is 2)
   * @param totalSymbols learn-bpe's {@code --total-symbols}: learn {@code symbols} minus
   *     {@link #characterSymbols} merges (none if that is not positive)
   */
  public BpeLearner(int symbols, int minFrequency, boolean totalSymbols) {
    if (symbols < 0) {
      throw new IllegalArgumentException("the number of symbols must not be negative: " + symbols);
    }
    this.symbols = symbols;
    this.minFrequency = minFrequency;
    this.totalSymbols = totalSymbols;
  }

  /** Learns from word counts such as {@link WordCounts#counts()} gives. */
  public BpeCodes learn(Map<String, Long> wordCounts) {
    int merges = symbols;
    if (totalSymbols) {
      int characters = characterSymbols(wordCounts);
      LOG.info("{} character symbols (word-internal and word-final); learning {} - {} merges",
          characters, symbols, characters);
      merges = Math.max(0, symbols - characters);
    }
    return new Run(wordCounts, merges).learn();
  }

  /**
   * The number of symbols BPE starts from, as learn-bpe's {@code --total-symbols} counts them:
   * the distinct characters (code points) that occur inside words, plus the distinct characters
   * that end a word (with {@code </w>} they are other symbols). {@code ab ba} has 2 + 2.
   */
  public static int characterSymbols(Map<String, Long> wordCounts) {
    Set<Integer> internal = new HashSet<>();
    Set<Integer> last = new HashSet<>();
    for (String word : wordCounts.keySet()) {
      if (word.isEmpty()) {
        continue;
      }
      int[] cps = word.codePoints().toArray();
      for (int i = 0; i < cps.length - 1; i++) {
        internal.add(cps[i]);
      }
      last.add(cps[cps.length - 1]);
    }
    return internal.size() + last.size();
  }

  /** The state of one learning run (subword-nmt's vocab, stats, big_stats and indices). */
  private final class Run {
    private final String[][] words;
    private final long[] freqs;
    private Map<BpeMerge, Long> stats = new HashMap<>();
    private final Map<BpeMerge, Map<Integer, Integer>> indices = new HashMap<>();
    private Map<BpeMerge, Long> bigStats;
    private final int mergeCount;

    Run(Map<String, Long> wordCounts, int mergeCount) {
      this.mergeCount = mergeCount;
      List<Map.Entry<String, Long>> entries = new ArrayList<>(wordCounts.entrySet());
      entries.removeIf(e -> e.getKey().isEmpty());
      // sorted(vocab.items(), key=freq, reverse=True); ties keep their order, which only affects
      // the numbering of words, not the result
      entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
      words = new String[entries.size()][];
      freqs = new long[entries.size()];
      for (int i = 0; i < words.length; i++) {
        String[] symbols = PyText.codePoints(entries.get(i).getKey());
        symbols[symbols.length - 1] += BpeCodes.END_OF_WORD;
        words[i] = symbols;
        freqs[i] = entries.get(i).getValue();
      }
    }

    BpeCodes learn() {
      List<BpeMerge> merges = new ArrayList<>(mergeCount);
      initialStatistics();
      bigStats = new HashMap<>(stats);
      if (stats.isEmpty()) {
        LOG.warn("no symbol pairs in the input (no word has two or more characters); no merges");
        return new BpeCodes(merges);
      }
      double threshold = maxValue(stats) / 10.0;
      for (int i = 0; i < mergeCount; i++) {
        BpeMerge best = stats.isEmpty() ? null : argmax(stats);
        // we probably missed the best pair because of pruning; go back to full statistics
        if (best == null || (i > 0 && stats.get(best) < threshold)) {
          prune(threshold);
          stats = new HashMap<>(bigStats);
          if (stats.isEmpty()) {
            break;
          }
          best = argmax(stats);
          threshold = stats.get(best) * i / (i + 10000.0);
          prune(threshold);
        }
        long frequency = stats.get(best);
        if (frequency < minFrequency) {
          LOG.info("no pair has frequency >= {}. Stopping", minFrequency);
          break;
        }
        LOG.debug("pair {}: {} {} -> {} (frequency {})", i, best.left(), best.right(),
            best.joined(), frequency);
        merges.add(best);
        List<Change> changes = replacePair(best);
        updatePairStatistics(best, changes);
        stats.put(best, 0L);
        if (i % 100 == 0) {
          prune(threshold);
        }
      }
      return new BpeCodes(merges);
    }

    private void initialStatistics() {
      for (int j = 0; j < words.length; j++) {
        String[] w = words[j];
        for (int k = 0; k + 1 < w.length; k++) {
          BpeMerge pair = new BpeMerge(w[k], w[k + 1]);
          stats.merge(pair, freqs[j], Long::sum);
          indices.computeIfAbsent(pair, p -> new HashMap<>()).merge(j, 1, Integer::sum);
        }
      }
    }

    /** Moves pairs rarer than {@code threshold} from stats to bigStats (subword-nmt's prune_stats). */
    private void prune(double threshold) {
      var it = stats.entrySet().iterator();
      while (it.hasNext()) {
        var e = it.next();
        long freq = e.getValue();
        if (freq < threshold) {
          it.remove();
          if (freq < 0) {
            bigStats.merge(e.getKey(), freq, Long::sum);
          } else {
            bigStats.put(e.getKey(), freq);
          }
        }
      }
    }

    /** Merges {@code pair} in every word that contains it; returns the changed words. */
    private List<Change> replacePair(BpeMerge pair) {
      List<Change> changes = new ArrayList<>();
      Map<Integer, Integer> where = indices.computeIfAbsent(pair, p -> new HashMap<>());
      for (Map.Entry<Integer, Integer> e : where.entrySet()) {
        if (e.getValue() < 1) {
          continue;
        }
        int j = e.getKey();
        String[] old = words[j];
        String[] merged = merge(old, pair.left(), pair.right());
        words[j] = merged;
        changes.add(new Change(j, merged, old, freqs[j]));
      }
      return changes;
    }

    private void updatePairStatistics(BpeMerge pair, List<Change> changes) {
      stats.put(pair, 0L);
      indices.put(pair, new HashMap<>());
      String first = pair.left();
      String second = pair.right();
      String newPair = pair.joined();
      for (Change c : changes) {
        String[] old = c.oldWord();
        int i = 0;
        while (true) {
          i = indexOf(old, first, i);
          if (i < 0) {
            break;
          }
          if (i < old.length - 1 && old[i + 1].equals(second)) {
            if (i > 0) {
              add(new BpeMerge(old[i - 1], old[i]), c, -1);
            }
            if (i < old.length - 2) {
              if (!old[i + 2].equals(first) || i >= old.length - 3 || !old[i + 3].equals(second)) {
                add(new BpeMerge(old[i + 1], old[i + 2]), c, -1);
              }
            }
            i += 2;
          } else {
            i += 1;
          }
        }
        String[] word = c.word();
        i = 0;
        while (true) {
          i = indexOf(word, newPair, i);
          if (i < 0) {
            break;
          }
          if (i > 0) {
            add(new BpeMerge(word[i - 1], word[i]), c, +1);
          }
          if (i < word.length - 1 && !word[i + 1].equals(newPair)) {
            add(new BpeMerge(word[i], word[i + 1]), c, +1);
          }
          i += 1;
        }
      }
    }

    private void add(BpeMerge pair, Change c, int sign) {
      stats.merge(pair, sign * c.freq(), Long::sum);
      indices.computeIfAbsent(pair, p -> new HashMap<>()).merge(c.index(), sign, Integer::sum);
    }
  }

  /** A word changed by a merge (subword-nmt's (j, word, old_word, freq)). */
  private record Change(int index, String[] word, String[] oldWord, long freq) {}

  private static int indexOf(String[] symbols, String symbol, int from) {
    for (int i = from; i < symbols.length; i++) {
      if (symbols[i].equals(symbol)) {
        return i;
      }
    }
    return -1;
  }

  /** The pair with the highest frequency; ties go to the greatest pair in code point order. */
  private static BpeMerge argmax(Map<BpeMerge, Long> stats) {
    BpeMerge best = null;
    long bestFreq = Long.MIN_VALUE;
    for (Map.Entry<BpeMerge, Long> e : stats.entrySet()) {
      long f = e.getValue();
      if (best == null || f > bestFreq || (f == bestFreq && greater(e.getKey(), best))) {
        best = e.getKey();
        bestFreq = f;
      }
    }
    return best;
  }

  private static boolean greater(BpeMerge a, BpeMerge b) {
    int c = PyText.compare(a.left(), b.left());
    return c > 0 || (c == 0 && PyText.compare(a.right(), b.right()) > 0);
  }

  private static long maxValue(Map<BpeMerge, Long> stats) {
    long max = Long.MIN_VALUE;
    for (long v : stats.values()) {
      max = Math.max(max, v);
    }
    return max;
  }

  /**
   * Merges adjacent symbols {@code first second} as subword-nmt's regular expression
   * {@code (?<!\S)first second(?!\S)} does on the space-joined symbols. Symbols never contain a
   * space, but they can contain other whitespace (a tab, a no-break space); then the expression
   * also matches where {@code first} is only a suffix of a symbol or {@code second} only a prefix,
   * and that is reproduced here. Python's {@code \s} is {@link WhitespaceTokenizer#isWhitespace}.
   */
  static String[] merge(String[] w, String first, String second) {
    boolean[] joinWithNext = new boolean[w.length];
    int consumed = 0; // chars of w[k] used by a match that ended inside it
    boolean any = false;
    for (int k = 0; k + 1 < w.length; k++) {
      String s = w[k];
      String t = w[k + 1];
      int start = s.length() - first.length();
      boolean matches = start >= consumed && s.endsWith(first)
          && (start == 0 || WhitespaceTokenizer.isWhitespace(s.charAt(start - 1)))
          && t.startsWith(second)
          && (t.length() == second.length()
              || WhitespaceTokenizer.isWhitespace(t.charAt(second.length())));
      if (matches) {
        joinWithNext[k] = true;
        any = true;
        consumed = second.length();
      } else {
        consumed = 0;
      }
    }
    if (!any) {
      return w;
    }
    List<String> out = new ArrayList<>(w.length);
    StringBuilder current = new StringBuilder(w[0]);
    for (int k = 1; k < w.length; k++) {
      if (joinWithNext[k - 1]) {
        current.append(w[k]);
      } else {
        out.add(current.toString());
        current.setLength(0);
        current.append(w[k]);
      }
    }
    out.add(current.toString());
    return out.toArray(String[]::new);
  }
}
