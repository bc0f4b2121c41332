package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * Builds a {@link Shortlist} from parallel training data (token ids): the {@code frequent} most
 * frequent target tokens, and for each source token the {@code perSource} target tokens with the
 * highest lexical translation probability p(t|s) of IBM Model 1 among the others (Brown et al., 1993; EM from
 * uniform, with a NULL source word), the lexical table Marian's shortlists take from an aligner.
 * Reads at most {@code maxPairs} pairs. Not thread-safe.
 */
public final class ShortlistBuilder {

  /** Defaults of {@code s2s train} and {@code s2s shortlist build}. */
  public static final int DEFAULT_FREQUENT = 300;
  public static final int DEFAULT_PER_SOURCE = 10;
  public static final int DEFAULT_ITERATIONS = 5;
  public static final int DEFAULT_MAX_PAIRS = 200_000;

  private static final int FIRST = Vocabulary.SPECIALS.size();

  private final int sourceVocabularySize;
  private final int targetVocabularySize;
  private final int frequent;
  private final int perSource;
  private final int iterations;
  private final int maxPairs;
  private final List<int[]> sources = new ArrayList<>();
  private final List<int[]> targets = new ArrayList<>();
  private final long[] targetCounts;

  public ShortlistBuilder(int sourceVocabularySize, int targetVocabularySize, int frequent,
      int perSource, int iterations, int maxPairs) {
    if (frequent < 0 || perSource < 0 || iterations < 1 || maxPairs < 1) {
      throw new IllegalArgumentException("shortlist: frequent and per-source must be >= 0,"
          + " iterations and pairs >= 1");
    }
    this.sourceVocabularySize = sourceVocabularySize;
    this.targetVocabularySize = targetVocabularySize;
    this.frequent = frequent;
    this.perSource = perSource;
    this.iterations = iterations;
    this.maxPairs = maxPairs;
    this.targetCounts = new long[targetVocabularySize];
  }

  /** A builder with the defaults. */
  public static ShortlistBuilder withDefaults(int sourceVocabularySize, int targetVocabularySize) {
    return new ShortlistBuilder(sourceVocabularySize, targetVocabularySize, DEFAULT_FREQUENT,
        DEFAULT_PER_SOURCE, DEFAULT_ITERATIONS, DEFAULT_MAX_PAIRS);
  }

  /** Adds a training pair; returns false (and ignores it) once {@code maxPairs} are held. */
  public boolean add(int[] source, int[] target) {
    if (sources.size() >= maxPairs) {
      return false;
    }
    sources.add(source.clone());
    targets.add(target.clone());
    for (int t : target) {
      targetCounts[t]++;
    }
    return true;
  }

  /** The number of pairs added. */
  public int pairs() {
    return sources.size();
  }

  /** The shortlist of the pairs added. */
  public Shortlist build() {
    int nullWord = sourceVocabularySize;
    int[][] cooccurring = cooccurring(nullWord);
    float[][] prob = new float[cooccurring.length][];
    for (int s = 0; s < prob.length; s++) {
      prob[s] = new float[cooccurring[s].length];
      Arrays.fill(prob[s], 1f);
    }
    for (int it = 0; it < iterations; it++) {
      float[][] counts = new float[prob.length][];
      for (int s = 0; s < prob.length; s++) {
        counts[s] = new float[prob[s].length];
      }
      int[] slot = new int[0];
      for (int p = 0; p < sources.size(); p++) {
        int[] src = sources.get(p);
        if (slot.length < src.length + 1) {
          slot = new int[src.length + 1];
        }
        for (int t : targets.get(p)) {
          if (t < FIRST) {
            continue;
          }
          double total = 0;
          for (int i = 0; i <= src.length; i++) {
            int s = i < src.length ? src[i] : nullWord;
            slot[i] = Arrays.binarySearch(cooccurring[s], t);
            total += prob[s][slot[i]];
          }
          for (int i = 0; i <= src.length; i++) {
            int s = i < src.length ? src[i] : nullWord;
            counts[s][slot[i]] += (float) (prob[s][slot[i]] / total);
          }
        }
      }
      for (int s = 0; s < prob.length; s++) {
        double sum = 0;
        for (float c : counts[s]) {
          sum += c;
        }
        for (int j = 0; j < prob[s].length; j++) {
          prob[s][j] = sum > 0 ? (float) (counts[s][j] / sum) : 0f;
        }
      }
    }
    float[] byCount = new float[targetVocabularySize];
    int[] all = new int[Math.max(0, targetVocabularySize - FIRST)];
    for (int t = FIRST; t < targetVocabularySize; t++) {
      all[t - FIRST] = t;
      byCount[t] = targetCounts[t];
    }
    int[] top = best(all, Arrays.copyOfRange(byCount, FIRST, targetVocabularySize), frequent);
    // Per source word, its best translations besides the frequent words every sentence has.
    boolean[] frequentWord = new boolean[targetVocabularySize];
    for (int t : top) {
      frequentWord[t] = true;
    }
    int[][] bySource = new int[sourceVocabularySize][];
    for (int s = 0; s < sourceVocabularySize; s++) {
      float[] p = prob[s].clone();
      for (int j = 0; j < p.length; j++) {
        if (frequentWord[cooccurring[s][j]]) {
          p[j] = 0f;
        }
      }
      bySource[s] = best(cooccurring[s], p, perSource);
    }
    return new Shortlist(targetVocabularySize, top, bySource, String.format(Locale.ROOT,
        "s2s4j shortlist: %d frequent target tokens and up to %d more per source token by IBM Model 1"
            + " p(t|s) (%d EM iterations) from %d training pairs",
        frequent, perSource, iterations, sources.size()));
  }

  /** The {@code n} ids with the highest values (ties: the lower id), ascending by id. */
  private static int[] best(int[] ids, float[] values, int n) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int byValue = Float.compare(values[b], values[a]);
      return byValue != 0 ? byValue : Integer.compare(ids[a], ids[b]);
    });
    int k = Math.min(n, order.length);
    int[] out = new int[k];
    int m = 0;
    for (int i = 0; i < k; i++) {
      if (values[order[i]] > 0) {
        out[m++] = ids[order[i]];
      }
    }
    out = Arrays.copyOf(out, m);
    Arrays.sort(out);
    return out;
  }

  /** For each source id and the NULL word, the distinct ordinary target ids seen with it, sorted. */
  private int[][] cooccurring(int nullWord) {
    int[][] seen = new int[nullWord + 1][];
    int[] size = new int[nullWord + 1];
    for (int p = 0; p < sources.size(); p++) {
      int[] src = sources.get(p);
      for (int i = 0; i <= src.length; i++) {
        int s = i < src.length ? src[i] : nullWord;
        for (int t : targets.get(p)) {
          if (t < FIRST) {
            continue;
          }
          if (seen[s] == null) {
            seen[s] = new int[16];
          }
          if (size[s] == seen[s].length) {
            size[s] = sortUnique(seen[s], size[s]);
            if (size[s] > seen[s].length / 2) {
              seen[s] = Arrays.copyOf(seen[s], seen[s].length * 2);
            }
          }
          seen[s][size[s]++] = t;
        }
      }
    }
    int[][] out = new int[nullWord + 1][];
    for (int s = 0; s <= nullWord; s++) {
      out[s] = seen[s] == null ? new int[0] : Arrays.copyOf(seen[s], sortUnique(seen[s], size[s]));
    }
    return out;
  }

  private static int sortUnique(int[] a, int n) {
    Arrays.sort(a, 0, n);
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m == 0 || a[i] != a[m - 1]) {
        a[m++] = a[i];
      }
    }
    return m;
  }
}
