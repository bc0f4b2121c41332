package org.s2s4j.evaluation.caption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The COCO caption evaluation pipeline ({@code COCOEvalCap.evaluate()}): tokenize references and
 * candidates in two separate batches, then run each metric over all images.
 *
 * <pre>{@code
 * CocoCaptionSet set = CocoCaptionSet.read(annotations, results);
 * CocoCaptionReport report = CocoCaptionEvaluator.standard().evaluate(set);
 * double cider = report.corpus().get("CIDEr");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class CocoCaptionEvaluator {

  private static final Logger LOG = LoggerFactory.getLogger(CocoCaptionEvaluator.class);

  private final CaptionTokenizer tokenizer;
  private final List<CaptionMetric> metrics;

  /** An evaluator with {@code tokenizer} and {@code metrics} (run in this order). */
  public CocoCaptionEvaluator(CaptionTokenizer tokenizer, List<CaptionMetric> metrics) {
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("no metric to compute");
    }
    this.tokenizer = tokenizer;
    this.metrics = List.copyOf(metrics);
  }

  /** The COCO tokenizer with BLEU-1..4, ROUGE-L and CIDEr-D. */
  public static CocoCaptionEvaluator standard() {
    return new CocoCaptionEvaluator(Ptb341CaptionTokenizer.create(), List.of(
        new BleuCaptionMetric(), new RougeLCaptionMetric(), new CiderDCaptionMetric()));
  }

  /** Tokenizes {@code set} as the reference does: all references, then all candidates. */
  public List<CaptionItem> tokenize(CocoCaptionSet set) {
    List<String> rawRefs = new ArrayList<>();
    List<String> rawCands = new ArrayList<>(set.size());
    for (String id : set.imageIds()) {
      rawRefs.addAll(set.references().get(id));
      rawCands.add(set.candidates().get(id));
    }
    long start = System.nanoTime();
    List<String> refs = tokenizer.tokenize(rawRefs);
    List<String> cands = tokenizer.tokenize(rawCands);
    LOG.debug("tokenized {} captions in {} ms", refs.size() + cands.size(),
        (System.nanoTime() - start) / 1_000_000);
    List<CaptionItem> items = new ArrayList<>(set.size());
    int r = 0;
    for (int i = 0; i < set.size(); i++) {
      String id = set.imageIds().get(i);
      int n = set.references().get(id).size();
      items.add(new CaptionItem(id, cands.get(i), refs.subList(r, r + n)));
      r += n;
    }
    return items;
  }

  /** Tokenizes and scores {@code set}. */
  public CocoCaptionReport evaluate(CocoCaptionSet set) {
    return score(tokenize(set));
  }

  /** Scores already tokenized items. */
  public CocoCaptionReport score(List<CaptionItem> items) {
    Map<String, MetricScore> scores = new LinkedHashMap<>();
    for (CaptionMetric metric : metrics) {
      long start = System.nanoTime();
      for (MetricScore s : metric.score(items)) {
        scores.put(s.name(), s);
      }
      LOG.debug("{} over {} images in {} ms", metric.names(), items.size(),
          (System.nanoTime() - start) / 1_000_000);
    }
    List<String> ids = items.stream().map(CaptionItem::imageId).toList();
    return new CocoCaptionReport(ids, scores, signature(items));
  }

  private String signature(List<CaptionItem> items) {
    int refs = items.stream().mapToInt(i -> i.references().size()).sum();
    return "coco-caption@3a9afb2|tok:" + tokenizer.signature() + "|images:" + items.size()
        + "|refs:" + refs;
  }
}
