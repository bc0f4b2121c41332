package org.s2s4j.evaluation.caption;

import java.util.Arrays;

/**
 * One metric's result: the corpus score and the score of every image, in the order of the
 * scored items.
 *
 * @param name the COCO name, e.g. {@code Bleu_4}, {@code ROUGE_L}, {@code CIDEr}
 * @param corpus the corpus score, on the COCO code's scale
 * @param perItem the per-image scores
 */
public record MetricScore(String name, double corpus, double[] perItem) {

  public MetricScore {
    perItem = perItem.clone();
  }

  /** A copy of the per-image scores. */
  @Override
  public double[] perItem() {
    return perItem.clone();
  }

  /** The score of the {@code i}-th item. */
  public double item(int i) {
    return perItem[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricScore m && name.equals(m.name)
        && Double.compare(corpus, m.corpus) == 0 && Arrays.equals(perItem, m.perItem);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Double.hashCode(corpus)) + Arrays.hashCode(perItem);
  }

  @Override
  public String toString() {
    return name + "=" + corpus + " (" + perItem.length + " items)";
  }
}
