package org.s2s4j.bench.corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.s2s4j.corpora.batch.Batch;
import org.s2s4j.corpora.batch.BatchIterator;
import org.s2s4j.corpora.batch.Batcher;
import org.s2s4j.corpora.batch.BatchingOptions;
import org.s2s4j.corpora.batch.ParallelTextSource;
import org.s2s4j.corpora.check.ParallelChecker;
import org.s2s4j.corpora.clean.CleaningRules;
import org.s2s4j.corpora.clean.ParallelCleaner;
import org.s2s4j.corpora.parallel.ParallelTextCorpus;
import org.s2s4j.corpora.stats.StatsCollector;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Times check, stats, clean and one batching epoch over Multi30k train (en–de, tokenized) and
 * measures how much padding bucketing saves for several window sizes. Prints Markdown tables.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*'
 * org.s2s4j.bench.corpora.CorporaBench [MULTI30K_TOK_DIR]}.
 */
public final class CorporaBench {

  private static final int WARMUP = 2;
  private static final int RUNS = 5;

  private CorporaBench() {}

  /** A task that is timed; returns something so the JIT cannot drop the work. */
  private interface Task {
    long run() throws IOException;
  }

  public static void main(String[] args) throws IOException {
    Path tok = Path.of(args.length > 0 ? args[0] : "../shared/data/multi30k/task1/tok");
    Path en = tok.resolve("train.lc.norm.tok.en");
    Path de = tok.resolve("train.lc.norm.tok.de");
    Path out = Files.createTempDirectory("corpora-bench");

    System.out.println("| task (Multi30k train en–de, 29,000 pairs) | median ms | pairs/s |");
    System.out.println("|---|---:|---:|");
    row("check", () -> new ParallelChecker(100, 20).check(en, de, n -> {}).sourceLines());
    row("stats (en side)", () -> StatsCollector.of(en, n -> {}).tokens());
    row("clean (defaults)", () -> new ParallelCleaner(CleaningRules.defaults())
        .clean(new ParallelTextCorpus(en, de), out.resolve("c.en"), out.resolve("c.de"), n -> {})
        .kept());

    Function<String, int[]> ids = line -> WhitespaceTokenizer.split(line).stream()
        .mapToInt(t -> 4 + Math.floorMod(t.hashCode(), 30_000)).toArray();
    ParallelTextSource source = new ParallelTextSource(en, de, ids, ids);
    System.out.println();
    System.out.println("| window (maxTokens 4096, shuffled) | batches | real/padded source | "
        + "real/padded target | epoch median ms |");
    System.out.println("|---:|---:|---:|---:|---:|");
    for (int window : new int[] {100, 1_000, 10_000, 29_000}) {
      Batcher batcher = new Batcher(source, BatchingOptions.byTokens(4096).withWindow(window));
      long[] padding = padding(batcher);
      double ms = median(() -> epoch(batcher));
      System.out.printf(Locale.ROOT, "| %,d | %,d | %.3f | %.3f | %.0f |%n", window, padding[0],
          (double) padding[1] / padding[2], (double) padding[3] / padding[4], ms);
    }
  }

  private static void row(String name, Task task) throws IOException {
    double ms = median(task);
    System.out.printf(Locale.ROOT, "| %s | %.0f | %,.0f |%n", name, ms, 29_000 / (ms / 1000));
  }

  private static double median(Task task) throws IOException {
    long sink = 0;
    for (int i = 0; i < WARMUP; i++) {
      sink += task.run();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      sink += task.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(ms);
    return ms[RUNS / 2];
  }

  private static long epoch(Batcher batcher) throws IOException {
    long tokens = 0;
    try (BatchIterator it = batcher.epoch(0)) {
      while (it.hasNext()) {
        tokens += it.next().targetTokens();
      }
    }
    return tokens;
  }

  /** Batches, real and padded source tokens, real and padded target tokens of epoch 0. */
  private static long[] padding(Batcher batcher) throws IOException {
    long[] totals = new long[5];
    try (BatchIterator it = batcher.epoch(0)) {
      while (it.hasNext()) {
        Batch b = it.next();
        totals[0]++;
        totals[1] += b.sourceTokens();
        totals[2] += (long) b.size() * b.source()[0].length;
        totals[3] += b.targetTokens();
        totals[4] += (long) b.size() * b.target()[0].length;
      }
    }
    return totals;
  }
}
