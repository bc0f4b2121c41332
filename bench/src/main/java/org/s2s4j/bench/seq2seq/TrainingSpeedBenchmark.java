package org.s2s4j.bench.seq2seq;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.s2s4j.seq2seq.AttentionType;
import org.s2s4j.seq2seq.Devices;
import org.s2s4j.seq2seq.ModelConfig;
import org.s2s4j.seq2seq.Seq2SeqModel;
import org.s2s4j.seq2seq.TokenSampler;
import org.s2s4j.seq2seq.train.AdamOptimizer;
import org.s2s4j.seq2seq.train.ProcessMemory;
import org.s2s4j.seq2seq.train.SamplingScope;
import org.s2s4j.seq2seq.train.TokenBatch;
import org.s2s4j.seq2seq.train.TrainingStep;

/**
 * Training speed of the reference model (embeddings 256, biLSTM 2x256, decoder LSTM 512 with
 * general attention, vocabularies 8000, batches of 64 sentences of 10..20 tokens, Adam, clipping
 * at 1.0): median step time and real target tokens per second, teacher-forced (fused LSTM) and with
 * scheduled sampling (gold-token probability EPS per token, default 0.75, argmax), peak RSS, and RSS after
 * a GC every few steps. The two kinds of step alternate on the same batches so that both see the
 * same machine noise.
 *
 * <p>Usage: {@code TrainingSpeedBenchmark ENGINE STEPS WARMUP [EPS]} (e.g. {@code mxnet 20 3 0.75}).
 */
public final class TrainingSpeedBenchmark {

  private static final int VOCAB = 8000;
  private static final int BATCH = 64;

  private TrainingSpeedBenchmark() {}

  public static void main(String[] args) throws IOException {
    String engineName = args.length > 0 ? args[0] : "mxnet";
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    double sampledEps = args.length > 3 ? Double.parseDouble(args[3]) : 0.75;
    Engine engine = Devices.engine(engineName);
    ModelConfig config = new ModelConfig(VOCAB, VOCAB, 256, 256, 2, 512, 1, AttentionType.GENERAL, false, false,
        0.3f);
    List<TokenBatch> batches = batches(warmup + steps, new Random(1));
    try (NDManager m = engine.newBaseManager()) {
      engine.setRandomSeed(1);
      Seq2SeqModel model = new Seq2SeqModel(config);
      model.initialize(m);
      TrainingStep step = new TrainingStep(model, m, new AdamOptimizer(0.9f, 0.999f), 0.1f, 1f, 1,
          TokenSampler.ARGMAX);
      System.out.printf(Locale.ROOT, "engine %s %s, OMP_NUM_THREADS=%s, load average at start %s%n",
          engine.getEngineName(), engine.getVersion(), System.getenv("OMP_NUM_THREADS"), loadAverage());
      // Teacher-forced and scheduled-sampling steps alternate on the same batches (the order flips
      // every round), so both see the same machine noise; the ratio is taken per pair.
      double[] eps = {1.0, sampledEps};
      double[][] millis = new double[2][steps];
      double[] ratios = new double[steps];
      long tokens = 0;
      long s = 0;
      for (int i = 0; i < warmup + steps; i++) {
        TokenBatch b = batches.get(i);
        double[] ms = new double[2];
        for (int k = 0; k < 2; k++) {
          int mode = (i + k) % 2;
          long start = System.nanoTime();
          step.run(b, s++, 1e-3f, eps[mode], SamplingScope.TOKEN);
          ms[mode] = (System.nanoTime() - start) / 1e6;
        }
        if (i >= warmup) {
          millis[0][i - warmup] = ms[0];
          millis[1][i - warmup] = ms[1];
          ratios[i - warmup] = ms[1] / ms[0];
          tokens += b.targetTokens();
        }
        if (i % 5 == 4) {
          System.gc();
          System.out.printf(Locale.ROOT, "  round %d: teacher-forced %.0f ms, scheduled sampling %.0f ms, "
              + "RSS after GC %d MB%n", i + 1, ms[0], ms[1], ProcessMemory.residentMb());
        }
      }
      double meanTokens = tokens / (double) steps;
      for (int mode = 0; mode < 2; mode++) {
        double[] sorted = millis[mode].clone();
        Arrays.sort(sorted);
        double median = sorted[steps / 2];
        System.out.printf(Locale.ROOT, "%s eps=%.2f: median step %.0f ms (min %.0f, max %.0f) over %d steps, "
                + "%.0f target tokens/s at the median (%.0f real target tokens per batch)%n",
            mode == 0 ? "teacher-forced" : "scheduled sampling", eps[mode], median, sorted[0], sorted[steps - 1],
            steps, meanTokens * 1000 / median, meanTokens);
      }
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "scheduled sampling / teacher-forced step time: median of per-batch ratios "
          + "%.2f (min %.2f, max %.2f)%n", ratios[steps / 2], ratios[0], ratios[steps - 1]);
      System.out.printf(Locale.ROOT, "peak RSS %d MB, load average at end %s%n", ProcessMemory.peakResidentMb(), loadAverage());
    }
  }

  private static List<TokenBatch> batches(int n, Random random) {
    List<TokenBatch> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int[][] src = new int[BATCH][];
      int[][] tgt = new int[BATCH][];
      int[] sl = new int[BATCH];
      int[] tl = new int[BATCH];
      for (int r = 0; r < BATCH; r++) {
        int len = 10 + random.nextInt(11);
        src[r] = random.ints(len, 4, VOCAB).toArray();
        tgt[r] = random.ints(len, 4, VOCAB).toArray();
        sl[r] = len;
        tl[r] = len;
      }
      out.add(new TokenBatch(src, sl, tgt, tl));
    }
    return out;
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
  }
}
