package org.s2s4j.bench.caption;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.s2s4j.evaluation.caption.BleuCaptionMetric;
import org.s2s4j.evaluation.caption.CaptionItem;
import org.s2s4j.evaluation.caption.CiderDCaptionMetric;
import org.s2s4j.evaluation.caption.CocoCaptionEvaluator;
import org.s2s4j.evaluation.caption.CocoCaptionSet;
import org.s2s4j.evaluation.caption.MetricScore;
import org.s2s4j.evaluation.caption.Ptb341CaptionTokenizer;
import org.s2s4j.evaluation.caption.RougeLCaptionMetric;

/**
 * The core of {@code s2s score coco} on {@link CocoBenchData} (5,000 Multi30k images x 5
 * references): each metric over tokenized captions, and the CoreNLP 3.4.1 tokenization of all
 * 30,000 captions. One call is one whole corpus; the score is seconds per corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CaptionMetricsBenchmark {

  @Param("5000")
  public int images;

  private List<CaptionItem> items;
  private List<String> rawCaptions;
  private final Ptb341CaptionTokenizer tokenizer = Ptb341CaptionTokenizer.create();
  private final CiderDCaptionMetric cider = new CiderDCaptionMetric();
  private final BleuCaptionMetric bleu = new BleuCaptionMetric();
  private final RougeLCaptionMetric rouge = new RougeLCaptionMetric();

  @Setup
  public void setUp() throws IOException {
    CocoCaptionSet set = CocoBenchData.load(images);
    items = CocoCaptionEvaluator.standard().tokenize(set);
    rawCaptions = new ArrayList<>();
    for (String id : set.imageIds()) {
      rawCaptions.addAll(set.references().get(id));
    }
  }

  @Benchmark
  public List<MetricScore> ciderD() {
    return cider.score(items);
  }

  @Benchmark
  public List<MetricScore> bleu() {
    return bleu.score(items);
  }

  @Benchmark
  public List<MetricScore> rougeL() {
    return rouge.score(items);
  }

  @Benchmark
  public List<String> tokenizeReferences() {
    return tokenizer.tokenize(rawCaptions);
  }
}
