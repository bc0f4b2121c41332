package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIDEr-D as the COCO caption evaluation computes it ({@code Cider()}): n-grams of orders 1..4 from
 * Python's {@code split()}, TF-IDF vectors with raw counts as term frequency and
 * {@code log(#images) - log(max(1, df))} as IDF, where df counts the images whose
 * <em>references</em> contain the n-gram, clipped similarity {@code min(hyp, ref) * ref}, a
 * Gaussian length penalty with sigma 6 whose "length" is the number of bigrams (a quirk of the
 * reference code), the mean over orders and references, times 10. The corpus score is the mean of
 * the image scores.
 *
 * <p>The IDF depends on the whole reference set, so an image's score depends on the other images
 * scored with it, exactly as in the reference.
 */
public final class CiderDCaptionMetric implements CaptionMetric {

  /** The highest n-gram order. */
  public static final int MAX_ORDER = 4;

  /** The standard deviation of the length penalty. */
  public static final double SIGMA = 6.0;

  private static final List<String> NAMES = List.of("CIDEr");

  /** An n-gram vector of one caption: entries of each order in first-occurrence order. */
  private record Vector(List<List<String>>[] ngrams, double[][] weights, double[] norms,
      int length) {

    double weight(int order, List<String> ngram, Map<List<String>, Integer> index) {
      Integer i = index.get(ngram);
      return i == null ? 0.0 : weights[order][i];
    }
  }

  @Override
  public List<String> names() {
    return NAMES;
  }

  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    List<Map<List<String>, Integer>> candidates = new ArrayList<>(items.size());
    List<List<Map<List<String>, Integer>>> references = new ArrayList<>(items.size());
    Map<List<String>, Integer> documentFrequency = new HashMap<>();
    for (CaptionItem item : items) {
      candidates.add(NGrams.count(PythonText.split(item.candidate()), MAX_ORDER));
      List<Map<List<String>, Integer>> refs = new ArrayList<>(item.references().size());
      Set<List<String>> seen = new HashSet<>();
      for (String reference : item.references()) {
        Map<List<String>, Integer> counts = NGrams.count(PythonText.split(reference), MAX_ORDER);
        refs.add(counts);
        seen.addAll(counts.keySet());
      }
      for (List<String> ngram : seen) {
        documentFrequency.merge(ngram, 1, Integer::sum);
      }
      references.add(refs);
    }
    double refLength = Math.log((double) items.size());
    double[] scores = new double[items.size()];
    for (int i = 0; i < scores.length; i++) {
      Vector hyp = vector(candidates.get(i), documentFrequency, refLength);
      double[] sum = new double[MAX_ORDER];
      for (Map<List<String>, Integer> ref : references.get(i)) {
        double[] sim = similarity(hyp, vector(ref, documentFrequency, refLength));
        for (int n = 0; n < MAX_ORDER; n++) {
          sum[n] += sim[n];
        }
      }
      double average = NumpySum.mean(sum);
      average /= references.get(i).size();
      average *= 10.0;
      scores[i] = average;
    }
    return List.of(new MetricScore(NAMES.get(0), NumpySum.mean(scores), scores));
  }

  @SuppressWarnings("unchecked")
  private static Vector vector(Map<List<String>, Integer> counts,
      Map<List<String>, Integer> documentFrequency, double refLength) {
    List<List<String>>[] ngrams = new List[MAX_ORDER];
    List<Double>[] values = new List[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      ngrams[n] = new ArrayList<>();
      values[n] = new ArrayList<>();
    }
    double[] norms = new double[MAX_ORDER];
    int length = 0;
    for (Map.Entry<List<String>, Integer> e : counts.entrySet()) {
      double df = Math.log(Math.max(1.0, documentFrequency.getOrDefault(e.getKey(), 0)));
      int n = e.getKey().size() - 1;
      double value = (double) e.getValue() * (refLength - df);
      ngrams[n].add(e.getKey());
      values[n].add(value);
      norms[n] += Math.pow(value, 2);
      if (n == 1) {
        length += e.getValue();
      }
    }
    double[][] weights = new double[MAX_ORDER][];
    for (int n = 0; n < MAX_ORDER; n++) {
      weights[n] = values[n].stream().mapToDouble(Double::doubleValue).toArray();
      norms[n] = Math.sqrt(norms[n]);
    }
    return new Vector(ngrams, weights, norms, length);
  }

  private static double[] similarity(Vector hyp, Vector ref) {
    double delta = (double) (hyp.length() - ref.length());
    double penalty = Math.pow(Math.E, -(delta * delta) / (2 * SIGMA * SIGMA));
    double[] val = new double[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      Map<List<String>, Integer> refIndex = new HashMap<>();
      List<List<String>> refNgrams = ref.ngrams()[n];
      for (int j = 0; j < refNgrams.size(); j++) {
        refIndex.put(refNgrams.get(j), j);
      }
      List<List<String>> hypNgrams = hyp.ngrams()[n];
      for (int j = 0; j < hypNgrams.size(); j++) {
        double h = hyp.weights()[n][j];
        double r = ref.weight(n, hypNgrams.get(j), refIndex);
        val[n] += Math.min(h, r) * r;
      }
      if (hyp.norms()[n] != 0 && ref.norms()[n] != 0) {
        val[n] /= hyp.norms()[n] * ref.norms()[n];
      }
      val[n] *= penalty;
    }
    return val;
  }
}
