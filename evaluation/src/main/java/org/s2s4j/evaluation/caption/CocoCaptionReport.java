package org.s2s4j.evaluation.caption;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a COCO caption evaluation: every metric's corpus and per-image scores under its
 * COCO name ({@code Bleu_1} .. {@code Bleu_4}, {@code ROUGE_L}, {@code CIDEr}), in computation
 * order, and a signature naming the pipeline. Immutable.
 *
 * @param imageIds the image ids, in the order of the per-image scores
 * @param scores the scores by COCO name
 * @param signature the pipeline, tokenizer and corpus size, e.g.
 *     {@code coco-caption@3a9afb2|tok:ptb-corenlp-3.4.1-lc-punct|images:1014|refs:4056}
 */
public record CocoCaptionReport(List<String> imageIds, Map<String, MetricScore> scores,
    String signature) {

  public CocoCaptionReport {
    imageIds = List.copyOf(imageIds);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** The corpus score of each metric, by COCO name. */
  public Map<String, Double> corpus() {
    Map<String, Double> out = new LinkedHashMap<>();
    scores.forEach((name, s) -> out.put(name, s.corpus()));
    return out;
  }
}
