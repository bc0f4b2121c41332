package org.s2s4j.evaluation.mt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.Signature;
import org.s2s4j.evaluation.Statistics;

/**
 * BLEU (Papineni et al., 2002) exactly as sacreBLEU 2.x computes it.
 *
 * <pre>{@code
 * Bleu bleu = new Bleu(BleuOptions.defaults());
 * BleuScore s = bleu.corpusScore(hypotheses, List.of(references));   // one stream per reference
 * s.score();      // 26.076033504662192
 * s.signature();  // nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:s2s4j-...
 * }</pre>
 *
 * <p>Statistics of a segment: {@code [hyp_len, ref_len, correct_1..N, total_1..N]}, where
 * {@code ref_len} is the length of the reference closest to the hypothesis (the shorter one on a
 * tie) and matches are clipped by the maximum count of the n-gram in any one reference.
 *
 * <p>Immutable and thread-safe.
 */
public final class Bleu implements Metric<BleuScore> {

  private final BleuOptions options;
  private final BleuTokenizer tokenizer;
  private final int order;

  public Bleu(BleuOptions options) {
    this.options = options;
    this.tokenizer = BleuTokenizers.byName(options.tokenize());
    this.order = options.maxNgramOrder();
  }

  /** BLEU with sacreBLEU's corpus defaults. */
  public Bleu() {
    this(BleuOptions.defaults());
  }

  public BleuOptions options() {
    return options;
  }

  /** Lower-casing (if on), right-stripping and tokenizing, as sacreBLEU does to every segment. */
  public String preprocess(String segment) {
    String s = options.lowercase() ? PyText.lower(segment) : segment;
    return tokenizer.tokenize(PyText.rstrip(s));
  }

  /** The signature for {@code nrefs} references. */
  public Signature signature(int nrefs) {
    String smooth = options.smoothing().id();
    if (options.smoothing().defaultValue().isPresent()) {
      smooth += "[" + PyFormat.fixed(options.effectiveSmoothValue(), 2) + "]";
    }
    return Signature.of(nrefs,
        "case", options.lowercase() ? "lc" : "mixed",
        "eff", options.effectiveOrder() ? "yes" : "no",
        "tok", tokenizer.signature(),
        "smooth", smooth);
  }

  @Override
  public double[][] segmentStatistics(List<String> hypotheses,
      List<List<String>> referenceStreams) {
    Statistics.checkStreams(hypotheses, referenceStreams);
    double[][] stats = new double[hypotheses.size()][];
    Parallel.forEachSegment(stats.length, i -> {
      List<String> refs = new ArrayList<>(referenceStreams.size());
      for (List<String> stream : referenceStreams) {
        refs.add(stream.get(i));
      }
      stats[i] = segment(hypotheses.get(i), refs);
    });
    return stats;
  }

  private double[] segment(String hypothesis, List<String> references) {
    List<String> hypTokens = PyText.split(preprocess(hypothesis));
    List<List<String>> refTokens = new ArrayList<>(references.size());
    int[] refLens = new int[references.size()];
    for (int r = 0; r < refLens.length; r++) {
      List<String> tokens = PyText.split(preprocess(references.get(r)));
      refTokens.add(tokens);
      refLens[r] = tokens.size();
    }
    int hypLen = hypTokens.size();
    double[] stats = new double[2 + 2 * order];
    stats[0] = hypLen;
    stats[1] = closestRefLen(hypLen, refLens);
    if (order <= PackedNgrams.MAX_ORDER && packed(hypTokens, refTokens, stats)) {
      return stats;
    }
    Map<String, Integer> refNgrams = null;
    for (List<String> tokens : refTokens) {
      Map<String, Integer> counts = ngrams(tokens);
      if (refNgrams == null) {
        refNgrams = counts;
      } else {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
          refNgrams.merge(e.getKey(), e.getValue(), Math::max);
        }
      }
    }
    for (Map.Entry<String, Integer> e : ngrams(hypTokens).entrySet()) {
      int n = orderOf(e.getKey());
      int count = e.getValue();
      stats[2 + order + n - 1] += count;
      Integer refCount = refNgrams.get(e.getKey());
      if (refCount != null) {
        stats[2 + n - 1] += Math.min(count, refCount);
      }
    }
    return stats;
  }

  /** Fills the n-gram statistics with packed keys; false if there are too many distinct tokens. */
  private boolean packed(List<String> hyp, List<List<String>> refs, double[] stats) {
    Map<String, Integer> ids = new HashMap<>();
    int[] hypIds = ids(hyp, ids);
    int[][] refIds = new int[refs.size()][];
    for (int r = 0; r < refIds.length; r++) {
      refIds[r] = ids(refs.get(r), ids);
    }
    if (ids.size() > PackedNgrams.MAX_IDS) {
      return false;
    }
    PackedNgrams ref = null;
    for (int[] r : refIds) {
      PackedNgrams p = PackedNgrams.of(r, order);
      ref = ref == null ? p : PackedNgrams.max(ref, p);
    }
    PackedNgrams.of(hypIds, order).match(ref, stats, order);
    return true;
  }

  private static int[] ids(List<String> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      Integer id = ids.get(tokens.get(i));
      if (id == null) {
        id = ids.size();
        ids.put(tokens.get(i), id);
      }
      out[i] = id;
    }
    return out;
  }

  /** n-grams of orders 1..N as keys {@code "<n>\u0001tok tok ..."} with their counts. */
  private Map<String, Integer> ngrams(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>(tokens.size() * order * 2);
    StringBuilder sb = new StringBuilder();
    for (int n = 1; n <= order; n++) {
      for (int i = 0; i + n <= tokens.size(); i++) {
        sb.setLength(0);
        sb.append((char) n);
        for (int k = i; k < i + n; k++) {
          sb.append(' ').append(tokens.get(k));
        }
        counts.merge(sb.toString(), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static int orderOf(String key) {
    return key.charAt(0);
  }

  static int closestRefLen(int hypLen, int[] refLens) {
    int closestDiff = -1;
    int closestLen = -1;
    for (int refLen : refLens) {
      int diff = Math.abs(hypLen - refLen);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        closestLen = refLen;
      } else if (diff == closestDiff && refLen < closestLen) {
        closestLen = refLen;
      }
    }
    return closestLen;
  }

  @Override
  public BleuScore scoreOf(double[] stats, int referenceCount) {
    long[] correct = new long[order];
    long[] total = new long[order];
    for (int n = 0; n < order; n++) {
      correct[n] = (long) stats[2 + n];
      total[n] = (long) stats[2 + order + n];
    }
    long sysLen = (long) stats[0];
    long refLen = (long) stats[1];
    double[] precisions = new double[order];
    double bp = brevityPenalty(sysLen, refLen);
    double score = compute(correct, total, sysLen, refLen, precisions);
    return new BleuScore(score, correct, total, precisions, bp, sysLen, refLen,
        signature(referenceCount));
  }

  @Override
  public double scoreOfFloat32(float[] stats) {
    long[] correct = new long[order];
    long[] total = new long[order];
    for (int n = 0; n < order; n++) {
      correct[n] = (long) stats[2 + n];
      total[n] = (long) stats[2 + order + n];
    }
    return compute(correct, total, (long) stats[0], (long) stats[1], new double[order]);
  }

  private static double brevityPenalty(long sysLen, long refLen) {
    if (sysLen < refLen) {
      return sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0;
    }
    return 1.0;
  }

  /** sacreBLEU's {@code compute_bleu}; fills {@code precisions} and returns the score. */
  private double compute(long[] correct, long[] total, long sysLen, long refLen,
      double[] precisions) {
    double bp = brevityPenalty(sysLen, refLen);
    boolean anyMatch = false;
    for (long c : correct) {
      anyMatch |= c != 0;
    }
    if (!anyMatch) {
      return 0.0;
    }
    BleuSmoothing smoothing = options.smoothing();
    double smoothValue = options.effectiveSmoothValue();
    double smoothMteval = 1.0;
    int effOrder = order;
    for (int n = 1; n <= order; n++) {
      double c = correct[n - 1];
      double t = total[n - 1];
      if (smoothing == BleuSmoothing.ADD_K && n > 1) {
        c += smoothValue;
        t += smoothValue;
      }
      if (t == 0) {
        break;
      }
      if (options.effectiveOrder()) {
        effOrder = n;
      }
      if (c == 0) {
        if (smoothing == BleuSmoothing.EXP) {
          smoothMteval *= 2;
          precisions[n - 1] = 100. / (smoothMteval * t);
        } else if (smoothing == BleuSmoothing.FLOOR) {
          precisions[n - 1] = 100. * smoothValue / t;
        }
      } else {
        precisions[n - 1] = 100. * c / t;
      }
    }
    double sumLog = 0;
    for (int n = 0; n < effOrder; n++) {
      sumLog += precisions[n] == 0.0 ? -9999999999.0 : Math.log(precisions[n]);
    }
    return bp * Math.exp(sumLog / effOrder);
  }
}
