package org.s2s4j.evaluation.caption;

import java.util.List;

/**
 * A captioning metric over tokenized captions. Implementations are immutable and thread-safe.
 */
public interface CaptionMetric {

  /** The COCO names of the scores this metric returns, in output order. */
  List<String> names();

  /**
   * Scores {@code items}: one {@link MetricScore} per name in {@link #names()}.
   *
   * @throws IllegalArgumentException if {@code items} is empty
   */
  List<MetricScore> score(List<CaptionItem> items);

  /** Throws if there is nothing to score. */
  static void checkNotEmpty(List<CaptionItem> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("no images to score");
    }
  }
}
