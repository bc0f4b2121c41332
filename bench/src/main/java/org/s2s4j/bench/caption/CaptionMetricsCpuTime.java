package org.s2s4j.bench.caption;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.s2s4j.evaluation.caption.BleuCaptionMetric;
import org.s2s4j.evaluation.caption.CaptionItem;
import org.s2s4j.evaluation.caption.CaptionMetric;
import org.s2s4j.evaluation.caption.CiderDCaptionMetric;
import org.s2s4j.evaluation.caption.CocoCaptionEvaluator;
import org.s2s4j.evaluation.caption.CocoCaptionSet;
import org.s2s4j.evaluation.caption.RougeLCaptionMetric;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thread CPU time and wall time of tokenization and of each captioning metric on
 * {@link CocoBenchData}, call after call in one JVM. On a shared machine CPU time is far less
 * inflated by other processes than the wall time JMH reports. {@code main [IMAGES] [CALLS]}.
 */
public final class CaptionMetricsCpuTime {

  private static final Logger LOG = LoggerFactory.getLogger(CaptionMetricsCpuTime.class);

  private CaptionMetricsCpuTime() {}

  public static void main(String[] args) throws IOException {
    int images = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CocoCaptionSet set = CocoBenchData.load(images);
    CocoCaptionEvaluator evaluator = CocoCaptionEvaluator.standard();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<CaptionItem> items = null;
    for (int c = 0; c < calls; c++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      items = evaluator.tokenize(set);
      report("tokenize", cpu, wall, threads);
    }
    for (CaptionMetric metric : List.of(new BleuCaptionMetric(), new RougeLCaptionMetric(),
        new CiderDCaptionMetric())) {
      for (int c = 0; c < calls; c++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        metric.score(items);
        report(metric.names().get(metric.names().size() - 1), cpu, wall, threads);
      }
    }
  }

  private static void report(String what, long cpu, long wall, ThreadMXBean threads) {
    LOG.info("{}: CPU {} ms, wall {} ms", what,
        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000,
        (System.nanoTime() - wall) / 1_000_000);
  }
}
