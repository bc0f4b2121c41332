package org.s2s4j.evaluation.mt;

import java.util.List;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.Signature;
import org.s2s4j.evaluation.Statistics;

/**
 * Translation edit rate (Snover et al., 2006) exactly as sacreBLEU 2.x computes it with its
 * default Tercom tokenization: lower-cased unless case-sensitive, split on whitespace, no
 * normalization, punctuation kept.
 *
 * <p>Statistics of a segment: {@code [fewest edits over the references, average reference
 * length]}. The score is {@code 100 * sum(edits) / sum(lengths)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Ter implements Metric<TerScore> {

  private final boolean caseSensitive;

  /** TER with sacreBLEU's defaults (case-insensitive). */
  public Ter() {
    this(false);
  }

  public Ter(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  public boolean caseSensitive() {
    return caseSensitive;
  }

  /** The signature for {@code nrefs} references. */
  public Signature signature(int nrefs) {
    return Signature.of(nrefs,
        "case", caseSensitive ? "mixed" : "lc",
        "tok", "tercom",
        "norm", "no",
        "punct", "yes",
        "asian", "no");
  }

  /** sacreBLEU's Tercom tokenization with default options, as a token array. */
  String[] tokens(String segment) {
    String s = PyText.rstrip(segment);
    if (!caseSensitive) {
      s = PyText.lower(s);
    }
    return PyText.split(s).toArray(new String[0]);
  }

  @Override
  public double[][] segmentStatistics(List<String> hypotheses,
      List<List<String>> referenceStreams) {
    Statistics.checkStreams(hypotheses, referenceStreams);
    double[][] stats = new double[hypotheses.size()][];
    Parallel.forEachSegment(stats.length, i -> {
      String[] hyp = tokens(hypotheses.get(i));
      long refLengths = 0;
      long best = Long.MAX_VALUE;
      for (List<String> stream : referenceStreams) {
        String[] ref = tokens(stream.get(i));
        long edits = new TerAligner(ref).edits(hyp);
        refLengths += ref.length;
        best = Math.min(best, edits);
      }
      stats[i] = new double[] {best, (double) refLengths / referenceStreams.size()};
    });
    return stats;
  }

  @Override
  public TerScore scoreOf(double[] stats, int referenceCount) {
    double edits = stats[0];
    double refLength = stats[1];
    double score;
    if (refLength > 0) {
      score = edits / refLength;
    } else if (edits > 0) {
      score = 1.0;
    } else {
      score = 0.0;
    }
    return new TerScore(100 * score, (long) edits, refLength, signature(referenceCount));
  }

  /** As sacreBLEU on a numpy float32 row: the quotient is a float32, then times 100 in double. */
  @Override
  public double scoreOfFloat32(float[] stats) {
    float edits = stats[0];
    float refLength = stats[1];
    if (refLength > 0) {
      return 100 * (double) (edits / refLength);
    }
    return edits > 0 ? 100.0 : 0.0;
  }
}
