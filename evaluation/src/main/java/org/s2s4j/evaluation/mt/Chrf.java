package org.s2s4j.evaluation.mt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.Signature;
import org.s2s4j.evaluation.Statistics;

/**
 * chrF (Popović, 2015) and chrF++ (Popović, 2017) exactly as sacreBLEU 2.x computes them.
 *
 * <p>Statistics of a segment: for each character order 1..C, then each word order 1..W, the
 * triple {@code [hyp n-grams, ref n-grams, matches]} of the reference with the best segment
 * F-score (the first one on a tie). Character n-grams are over code points with whitespace
 * removed; words split off one leading or trailing ASCII punctuation mark.
 *
 * <p>Immutable and thread-safe.
 */
public final class Chrf implements Metric<ChrfScore> {

  private static final String PUNCTS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final double EPS = 1e-16;

  private final ChrfOptions options;
  private final int order;
  private final double factor;

  private final boolean packed;

  public Chrf(ChrfOptions options) {
    this(options, true);
  }

  /** With {@code packed} false, always the general (string-keyed) counting; for tests. */
  Chrf(ChrfOptions options, boolean packed) {
    this.packed = packed;
    this.options = options;
    this.order = options.charOrder() + options.wordOrder();
    this.factor = (double) options.beta() * options.beta();
  }

  /** chrF2 with sacreBLEU's defaults. */
  public Chrf() {
    this(ChrfOptions.defaults());
  }

  public ChrfOptions options() {
    return options;
  }

  /** The name: {@code chrF2}, plus one {@code +} per word order. */
  public String name() {
    return "chrF" + options.beta() + "+".repeat(options.wordOrder());
  }

  /** The signature for {@code nrefs} references. */
  public Signature signature(int nrefs) {
    return Signature.of(nrefs,
        "case", options.lowercase() ? "lc" : "mixed",
        "eff", options.epsSmoothing() ? "no" : "yes",
        "nc", Integer.toString(options.charOrder()),
        "nw", Integer.toString(options.wordOrder()),
        "space", options.whitespace() ? "yes" : "no");
  }

  @Override
  public double[][] segmentStatistics(List<String> hypotheses,
      List<List<String>> referenceStreams) {
    Statistics.checkStreams(hypotheses, referenceStreams);
    double[][] stats = new double[hypotheses.size()][];
    Parallel.forEachSegment(stats.length, i -> {
      String[] texts = new String[referenceStreams.size() + 1];
      texts[0] = preprocess(hypotheses.get(i));
      for (int r = 0; r < referenceStreams.size(); r++) {
        texts[r + 1] = preprocess(referenceStreams.get(r).get(i));
      }
      double[] fast = packed ? packedSegment(texts) : null;
      if (fast != null) {
        stats[i] = fast;
        return;
      }
      List<List<Map<String, Integer>>> refs = new ArrayList<>(referenceStreams.size());
      for (int r = 1; r < texts.length; r++) {
        refs.add(allNgrams(texts[r]));
      }
      stats[i] = segment(texts[0], refs);
    });
    return stats;
  }

  private String preprocess(String s) {
    return options.lowercase() ? PyText.lower(s) : s;
  }

  private double[] segment(String hypothesis, List<List<Map<String, Integer>>> refs) {
    List<Map<String, Integer>> hyp = allNgrams(hypothesis);
    double[] best = new double[0];
    double bestF = -1.0;
    for (List<Map<String, Integer>> ref : refs) {
      double[] stats = new double[3 * order];
      for (int k = 0; k < order; k++) {
        Map<String, Integer> h = hyp.get(k);
        Map<String, Integer> r = ref.get(k);
        long match = 0;
        long hypCount = 0;
        for (Map.Entry<String, Integer> e : h.entrySet()) {
          hypCount += e.getValue();
          Integer rc = r.get(e.getKey());
          if (rc != null) {
            match += Math.min(e.getValue(), rc);
          }
        }
        long refCount = 0;
        for (int v : r.values()) {
          refCount += v;
        }
        stats[3 * k] = r.isEmpty() ? 0 : hypCount;
        stats[3 * k + 1] = refCount;
        stats[3 * k + 2] = match;
      }
      double f = fScore(stats);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    return best;
  }

  private static final int CHAR_BITS = 10;
  private static final int WORD_BITS = 21;

  /**
   * The segment's statistics computed on packed n-gram keys, or null when the segment has too
   * many distinct characters or words (or the orders are too high) to pack; same result as
   * {@link #segment}.
   */
  private double[] packedSegment(String[] texts) {
    int charOrder = options.charOrder();
    int wordOrder = options.wordOrder();
    if (charOrder * CHAR_BITS > 63 || wordOrder * WORD_BITS > 63) {
      return null;
    }
    Map<Integer, Integer> charIds = new HashMap<>();
    Map<String, Integer> wordIds = new HashMap<>();
    SortedCounts[][] counts = new SortedCounts[texts.length][order];
    for (int t = 0; t < texts.length; t++) {
      String chars = options.whitespace() ? texts[t] : PyText.removeSpace(texts[t]);
      int[] ids = chars.codePoints().map(cp -> charIds.computeIfAbsent(cp, k -> charIds.size()))
          .toArray();
      if (charIds.size() >= (1 << CHAR_BITS) - 1) {
        return null;
      }
      for (int n = 1; n <= charOrder; n++) {
        counts[t][n - 1] = SortedCounts.of(ids, n, CHAR_BITS);
      }
      if (wordOrder > 0) {
        List<String> words = removePunctuation(texts[t]);
        int[] w = new int[words.size()];
        for (int k = 0; k < w.length; k++) {
          w[k] = wordIds.computeIfAbsent(words.get(k), x -> wordIds.size());
        }
        if (wordIds.size() >= (1 << WORD_BITS) - 1) {
          return null;
        }
        for (int n = 1; n <= wordOrder; n++) {
          counts[t][charOrder + n - 1] = SortedCounts.of(w, n, WORD_BITS);
        }
      }
    }
    double[] best = new double[0];
    double bestF = -1.0;
    for (int r = 1; r < texts.length; r++) {
      double[] stats = new double[3 * order];
      for (int k = 0; k < order; k++) {
        SortedCounts h = counts[0][k];
        SortedCounts ref = counts[r][k];
        stats[3 * k] = ref.size == 0 ? 0 : h.total;
        stats[3 * k + 1] = ref.total;
        stats[3 * k + 2] = h.matches(ref);
      }
      double f = fScore(stats);
      if (f > bestF) {
        bestF = f;
        best = stats;
      }
    }
    return best;
  }

  /** Character n-gram counters for orders 1..C, then word n-gram counters for 1..W. */
  private List<Map<String, Integer>> allNgrams(String line) {
    List<Map<String, Integer>> out = new ArrayList<>(order);
    String chars = options.whitespace() ? line : PyText.removeSpace(line);
    int[] cps = chars.codePoints().toArray();
    int[] offsets = new int[cps.length + 1];
    for (int i = 0; i < cps.length; i++) {
      offsets[i + 1] = offsets[i] + Character.charCount(cps[i]);
    }
    for (int n = 1; n <= options.charOrder(); n++) {
      Map<String, Integer> counts = new HashMap<>();
      for (int i = 0; i + n <= cps.length; i++) {
        counts.merge(chars.substring(offsets[i], offsets[i + n]), 1, Integer::sum);
      }
      out.add(counts);
    }
    if (options.wordOrder() > 0) {
      List<String> words = removePunctuation(line);
      for (int n = 1; n <= options.wordOrder(); n++) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= words.size(); i++) {
          counts.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        out.add(counts);
      }
    }
    return out;
  }

  /** Splits one trailing (else one leading) ASCII punctuation mark off each word. */
  static List<String> removePunctuation(String line) {
    List<String> out = new ArrayList<>();
    for (String w : PyText.split(line)) {
      if (w.codePointCount(0, w.length()) == 1) {
        out.add(w);
        continue;
      }
      char last = w.charAt(w.length() - 1);
      char first = w.charAt(0);
      if (PUNCTS.indexOf(last) >= 0) {
        out.add(w.substring(0, w.length() - 1));
        out.add(String.valueOf(last));
      } else if (PUNCTS.indexOf(first) >= 0) {
        out.add(String.valueOf(first));
        out.add(w.substring(1));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  /** sacreBLEU's {@code _compute_f_score} on exact (double) statistics. */
  private double fScore(double[] stats) {
    double score = 0.0;
    int effectiveOrder = 0;
    double avgPrec = 0.0;
    double avgRec = 0.0;
    for (int i = 0; i < order; i++) {
      double nHyp = stats[3 * i];
      double nRef = stats[3 * i + 1];
      double nMatch = stats[3 * i + 2];
      double prec = nHyp > 0 ? nMatch / nHyp : EPS;
      double rec = nRef > 0 ? nMatch / nRef : EPS;
      double denom = factor * prec + rec;
      score += denom > 0 ? (1 + factor) * prec * rec / denom : EPS;
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effectiveOrder++;
      }
    }
    return reduce(score, effectiveOrder, avgPrec, avgRec);
  }

  private double reduce(double epsScore, int effectiveOrder, double avgPrec, double avgRec) {
    if (options.epsSmoothing()) {
      return 100 * epsScore / order;
    }
    if (effectiveOrder == 0) {
      avgPrec = 0.0;
      avgRec = 0.0;
    } else {
      avgPrec /= effectiveOrder;
      avgRec /= effectiveOrder;
    }
    if (avgPrec + avgRec != 0) {
      double score = (1 + factor) * avgPrec * avgRec;
      score /= (factor * avgPrec) + avgRec;
      return 100 * score;
    }
    return 0.0;
  }

  @Override
  public ChrfScore scoreOf(double[] summedStatistics, int referenceCount) {
    return new ChrfScore(name(), fScore(summedStatistics), signature(referenceCount));
  }

  /**
   * As sacreBLEU on a numpy float32 row (NumPy 1.x promotion): each precision and recall is a
   * float32 quotient, the rest is double arithmetic.
   */
  @Override
  public double scoreOfFloat32(float[] stats) {
    double score = 0.0;
    int effectiveOrder = 0;
    double avgPrec = 0.0;
    double avgRec = 0.0;
    for (int i = 0; i < order; i++) {
      float nHyp = stats[3 * i];
      float nRef = stats[3 * i + 1];
      float nMatch = stats[3 * i + 2];
      double prec = nHyp > 0 ? (double) (nMatch / nHyp) : EPS;
      double rec = nRef > 0 ? (double) (nMatch / nRef) : EPS;
      double denom = factor * prec + rec;
      score += denom > 0 ? (1 + factor) * prec * rec / denom : EPS;
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effectiveOrder++;
      }
    }
    return reduce(score, effectiveOrder, avgPrec, avgRec);
  }
}
