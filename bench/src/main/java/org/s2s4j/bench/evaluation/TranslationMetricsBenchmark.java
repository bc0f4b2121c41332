package org.s2s4j.bench.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.evaluation.mt.BleuOptions;
import org.s2s4j.evaluation.mt.Chrf;
import org.s2s4j.evaluation.mt.Nist13aTokenizer;
import org.s2s4j.evaluation.mt.Ter;

/**
 * Throughput of the metric cores on the WMT17 newstest2017 KIT system and its reference
 * (3004 segments, read from {@code -Ds2s4j.shared=DIR}; a generated corpus of the same size when
 * the fixtures are absent). One operation scores the whole corpus, so segments per second =
 * 3004 x ops/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TranslationMetricsBenchmark {

  /** ForkJoin parallelism of the per-segment work: 1 = single core, 2 = both cores. */
  @Param({"2"})
  public int parallelism;

  private List<String> hyps;
  private List<String> refs;
  private final Bleu bleu = new Bleu();
  private final Bleu bleuNone = new Bleu(BleuOptions.defaults().tokenize("none"));
  private final Bleu bleuIntl = new Bleu(BleuOptions.defaults().tokenize("intl"));
  private final Chrf chrf = new Chrf();
  private final Ter ter = new Ter();
  private final Nist13aTokenizer tokenizer = new Nist13aTokenizer();
  private List<String> tokenizedHyps;
  private List<String> tokenizedRefs;

  @Setup
  public void setUp() throws IOException {
    System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism",
        Integer.toString(parallelism));
    Path dir = Path.of(System.getProperty("s2s4j.shared", "../shared")).resolve("fixtures/bleu/wmt17");
    Path hypFile = dir.resolve("newstest2017.KIT.4950.en-de.hyp.de");
    if (Files.isRegularFile(hypFile)) {
      hyps = Files.readAllLines(hypFile, StandardCharsets.UTF_8);
      refs = Files.readAllLines(dir.resolve("newstest2017.ref.de"), StandardCharsets.UTF_8);
    } else {
      hyps = generated(1);
      refs = generated(2);
    }
    tokenizedHyps = hyps.stream().map(tokenizer::tokenize).toList();
    tokenizedRefs = refs.stream().map(tokenizer::tokenize).toList();
  }

  /** 3004 sentences of 5-40 words drawn from a Zipf-like vocabulary, with punctuation. */
  static List<String> generated(long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 3004; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 5 + r.nextInt(36);
      for (int w = 0; w < len; w++) {
        if (w > 0) {
          sb.append(' ');
        }
        int rank = (int) Math.floor(Math.pow(5000, r.nextDouble()));
        sb.append("w").append(rank);
        if (r.nextInt(12) == 0) {
          sb.append(',');
        }
      }
      out.add(sb.append('.').toString());
    }
    return out;
  }

  @Benchmark
  public double corpusBleu13a() {
    return bleu.corpusScore(hyps, List.of(refs)).score();
  }

  @Benchmark
  public double corpusBleuIntl() {
    return bleuIntl.corpusScore(hyps, List.of(refs)).score();
  }

  @Benchmark
  public double corpusBleuPretokenized() {
    return bleuNone.corpusScore(tokenizedHyps, List.of(tokenizedRefs)).score();
  }

  @Benchmark
  public int tokenize13a() {
    int n = 0;
    for (String h : hyps) {
      n += tokenizer.tokenize(h).length();
    }
    return n;
  }

  @Benchmark
  public double corpusChrf() {
    return chrf.corpusScore(hyps, List.of(refs)).score();
  }

  @Benchmark
  public double corpusTer() {
    return ter.corpusScore(hyps, List.of(refs)).score();
  }
}
