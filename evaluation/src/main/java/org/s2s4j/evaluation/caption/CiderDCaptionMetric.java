package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.List;

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
 * scored with it, exactly as in the reference. Sums run in the reference's order (n-grams in order
 * of first occurrence), so results agree to the last bit or nearly so.
 */
public final class CiderDCaptionMetric implements CaptionMetric {

  /** The highest n-gram order. */
  public static final int MAX_ORDER = 4;

  /** The standard deviation of the length penalty. */
  public static final double SIGMA = 6.0;

  private static final List<String> NAMES = List.of("CIDEr");

  /** A TF-IDF vector: per order, weights parallel to the n-gram ids, and the norms. */
  private record Vector(int[][] ids, double[][] weights, double[] norms, int length) {}

  @Override
  public List<String> names() {
    return NAMES;
  }

  @Override
  public List<MetricScore> score(List<CaptionItem> items) {
    CaptionMetric.checkNotEmpty(items);
    NGramIndex index = new NGramIndex(MAX_ORDER);
    List<NGramIndex.Counts> candidates = new ArrayList<>(items.size());
    List<List<NGramIndex.Counts>> references = new ArrayList<>(items.size());
    for (CaptionItem item : items) {
      candidates.add(index.count(PythonText.split(item.candidate())));
      List<NGramIndex.Counts> refs = new ArrayList<>(item.references().size());
      for (String reference : item.references()) {
        refs.add(index.count(PythonText.split(reference)));
      }
      references.add(refs);
    }
    double refLength = Math.log((double) items.size());
    double[] idf = idf(references, index.size(), refLength);
    double[] scratch = new double[index.size()];
    double[] scores = new double[items.size()];
    for (int i = 0; i < scores.length; i++) {
      Vector hyp = vector(candidates.get(i), idf);
      double[] sum = new double[MAX_ORDER];
      for (NGramIndex.Counts ref : references.get(i)) {
        double[] sim = similarity(hyp, vector(ref, idf), scratch);
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

  /** {@code refLength - log(max(1, df))} for every n-gram id. */
  private static double[] idf(List<List<NGramIndex.Counts>> references, int size,
      double refLength) {
    int[] df = new int[size];
    int[] lastImage = new int[size];
    for (int i = 0; i < references.size(); i++) {
      for (NGramIndex.Counts ref : references.get(i)) {
        for (int[] ids : ref.ids()) {
          for (int id : ids) {
            if (lastImage[id] != i + 1) {
              lastImage[id] = i + 1;
              df[id]++;
            }
          }
        }
      }
    }
    double[] idf = new double[size];
    for (int id = 0; id < size; id++) {
      idf[id] = refLength - Math.log(Math.max(1.0, df[id]));
    }
    return idf;
  }

  private static Vector vector(NGramIndex.Counts counts, double[] idf) {
    double[][] weights = new double[MAX_ORDER][];
    double[] norms = new double[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      int[] ids = counts.ids()[n];
      weights[n] = new double[ids.length];
      double norm = 0.0;
      for (int j = 0; j < ids.length; j++) {
        double value = (double) counts.counts()[n][j] * idf[ids[j]];
        weights[n][j] = value;
        norm += value * value;
      }
      norms[n] = Math.sqrt(norm);
    }
    int bigrams = Math.max(0, counts.words() - 1);
    return new Vector(counts.ids(), weights, norms, bigrams);
  }

  /** The per-order similarity; {@code scratch} is all zeros on entry and on return. */
  private static double[] similarity(Vector hyp, Vector ref, double[] scratch) {
    double delta = (double) (hyp.length() - ref.length());
    double penalty = Math.pow(Math.E, -(delta * delta) / (2 * SIGMA * SIGMA));
    double[] val = new double[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      int[] refIds = ref.ids()[n];
      for (int j = 0; j < refIds.length; j++) {
        scratch[refIds[j]] = ref.weights()[n][j];
      }
      int[] hypIds = hyp.ids()[n];
      double v = 0.0;
      for (int j = 0; j < hypIds.length; j++) {
        double h = hyp.weights()[n][j];
        double r = scratch[hypIds[j]];
        v += Math.min(h, r) * r;
      }
      for (int id : refIds) {
        scratch[id] = 0.0;
      }
      if (hyp.norms()[n] != 0 && ref.norms()[n] != 0) {
        v /= hyp.norms()[n] * ref.norms()[n];
      }
      val[n] = v * penalty;
    }
    return val;
  }
}
