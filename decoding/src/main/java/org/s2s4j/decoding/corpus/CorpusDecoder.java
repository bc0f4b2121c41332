package org.s2s4j.decoding.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates a stream of lines of any length with bounded memory. Reads a window of lines, sorts
 * it by token length, cuts it into batches, translates them (on several threads if given several
 * translators), and writes the window in input order, one output per input line; an empty line
 * gives an empty output without a model call. A checkpoint follows every window, so that a
 * {@link ResumableOutput} can continue after a crash.
 */
public final class CorpusDecoder {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusDecoder.class);
  private static final int WARNINGS_SHOWN = 10;

  private final List<SentenceTranslator> translators;
  private final CorpusOptions options;

  /** @param translators one per thread (their number is the number of threads) */
  public CorpusDecoder(List<SentenceTranslator> translators, CorpusOptions options) {
    if (translators.isEmpty()) {
      throw new IllegalArgumentException("need at least one translator");
    }
    this.translators = List.copyOf(translators);
    this.options = options;
  }

  private record Line(List<String> tokens, boolean truncated) {}

  private static final class Counts {
    long lines;
    long empty;
    long truncated;
    long tokens;
  }

  /**
   * Translates {@code input} to {@code out}, skipping the first {@code skip} lines (already
   * written by an interrupted run).
   *
   * @param totalLines the number of input lines if known (for the progress bar), else -1
   */
  public DecodeSummary translate(Utf8LineReader input, long totalLines, LineSink out, long skip)
      throws IOException {
    long start = System.nanoTime();
    for (long i = 0; i < skip; i++) {
      if (input.readLine() == null) {
        throw new IOException(input.source() + ": has " + i + " lines but an earlier run wrote "
            + skip + "; it is not the input of that run");
      }
    }
    return run(input, totalLines, out, skip, start);
  }

  /**
   * Translates a part of a larger input that starts after its first {@code linesBefore} lines:
   * windows start at the part's first line and line numbers (in warnings, n-best and JSON output)
   * count from {@code linesBefore + 1}. A part that starts at a window boundary of the whole
   * input ({@code linesBefore} a multiple of the window) is decoded in exactly the batches that
   * {@link #translate} forms for those lines, so its output is the same, byte for byte.
   *
   * @return the summary of this part alone ({@code lines} counts the part's lines)
   */
  public DecodeSummary translatePart(Utf8LineReader part, long linesBefore, LineSink out)
      throws IOException {
    DecodeSummary s = run(part, -1, out, linesBefore, System.nanoTime());
    return new DecodeSummary(s.lines() - linesBefore, 0, s.empty(), s.truncated(),
        s.sourceTokens(), s.seconds());
  }

  private DecodeSummary run(Utf8LineReader input, long totalLines, LineSink out, long skip,
      long start) throws IOException {
    Counts counts = new Counts();
    counts.lines = skip;
    ExecutorService pool = translators.size() > 1
        ? Executors.newFixedThreadPool(translators.size()) : null;
    try (ProgressBar bar = progressBar(totalLines, skip, start)) {
      List<String> window;
      while (!(window = readWindow(input)).isEmpty()) {
        long first = counts.lines + 1;
        boolean[] truncated = new boolean[window.size()];
        List<List<Translation>> results = translateWindow(input.source(), first, window,
            truncated, counts, pool, bar);
        for (int i = 0; i < window.size(); i++) {
          out.writeLine(options.format().format(first + i, truncated[i], results.get(i)));
        }
        counts.lines += window.size();
        out.checkpoint(counts.lines);
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (counts.truncated > WARNINGS_SHOWN) {
      LOG.warn("{} lines in all were longer than {} tokens and truncated", counts.truncated,
          options.maxSourceTokens());
    }
    return new DecodeSummary(counts.lines, skip, counts.empty, counts.truncated, counts.tokens,
        (System.nanoTime() - start) / 1e9);
  }

  private List<String> readWindow(Utf8LineReader input) throws IOException {
    List<String> window = new ArrayList<>();
    String line;
    while (window.size() < options.window() && (line = input.readLine()) != null) {
      window.add(line);
    }
    return window;
  }

  /** Translates one window; marks in {@code truncated} the lines that were cut. */
  private List<List<Translation>> translateWindow(String source, long first, List<String> window,
      boolean[] truncated, Counts counts, ExecutorService pool, ProgressBar bar)
      throws IOException {
    List<List<Translation>> results = new ArrayList<>(window.size());
    List<Line> lines = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < window.size(); i++) {
      results.add(List.of(Translation.EMPTY));
      String text = window.get(i);
      if (text.isBlank()) {
        counts.empty++;
        continue;
      }
      Line line = prepare(source, first + i, text, counts);
      truncated[i] = line.truncated();
      lines.add(line);
      order.add(i);
    }
    Integer[] byLength = order.toArray(new Integer[0]);
    int[] lengthOf = new int[window.size()];
    for (int j = 0; j < lines.size(); j++) {
      lengthOf[order.get(j)] = lines.get(j).tokens().size();
    }
    Arrays.sort(byLength, Comparator.comparingInt((Integer i) -> lengthOf[i]));
    List<List<Integer>> batches = batches(byLength, lengthOf);
    List<Line> byIndex = new ArrayList<>(java.util.Collections.nCopies(window.size(), null));
    for (int j = 0; j < lines.size(); j++) {
      byIndex.set(order.get(j), lines.get(j));
    }
    runBatches(batches, byIndex, results, pool, bar);
    if (bar != null) {
      bar.stepBy(window.size() - lines.size());
    }
    return results;
  }

  private Line prepare(String source, long number, String text, Counts counts) {
    List<String> tokens = translators.get(0).tokenize(text);
    boolean truncated = tokens.size() > options.maxSourceTokens();
    if (truncated) {
      counts.truncated++;
      if (counts.truncated <= WARNINGS_SHOWN) {
        LOG.warn("{}:{}: {} tokens, truncated to {}{}", source, number, tokens.size(),
            options.maxSourceTokens(),
            counts.truncated == WARNINGS_SHOWN ? " (further warnings only counted)" : "");
      }
      tokens = List.copyOf(tokens.subList(0, options.maxSourceTokens()));
    }
    counts.tokens += tokens.size();
    return new Line(tokens, truncated);
  }

  private List<List<Integer>> batches(Integer[] byLength, int[] lengthOf) {
    List<List<Integer>> batches = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (Integer i : byLength) {
      // Sorted by length, so the newest line is the longest of the batch.
      if (!current.isEmpty() && !options.batching().fits(current.size() + 1, lengthOf[i])) {
        batches.add(current);
        current = new ArrayList<>();
      }
      current.add(i);
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }

  private void runBatches(List<List<Integer>> batches, List<Line> lines,
      List<List<Translation>> results, ExecutorService pool, ProgressBar bar) throws IOException {
    if (pool == null) {
      for (List<Integer> batch : batches) {
        store(batch, translate(translators.get(0), batch, lines), results, bar);
      }
      return;
    }
    BlockingQueue<SentenceTranslator> free = new ArrayBlockingQueue<>(translators.size(), false,
        translators);
    List<Future<List<List<Translation>>>> futures = new ArrayList<>();
    for (List<Integer> batch : batches) {
      futures.add(pool.submit(() -> {
        SentenceTranslator t = free.take();
        try {
          return translate(t, batch, lines);
        } finally {
          free.put(t);
        }
      }));
    }
    for (int b = 0; b < batches.size(); b++) {
      try {
        store(batches.get(b), futures.get(b).get(), results, bar);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new UncheckedIOException(new IOException(cause.getMessage(), cause));
      }
    }
  }

  private static List<List<Translation>> translate(SentenceTranslator translator,
      List<Integer> batch, List<Line> lines) {
    List<List<String>> sources = new ArrayList<>(batch.size());
    for (int i : batch) {
      sources.add(lines.get(i).tokens());
    }
    List<List<Translation>> out = translator.translate(sources);
    if (out.size() != batch.size()) {
      throw new IllegalStateException(
          "translator returned " + out.size() + " results for " + batch.size() + " lines");
    }
    return out;
  }

  private static void store(List<Integer> batch, List<List<Translation>> translated,
      List<List<Translation>> results, ProgressBar bar) {
    for (int j = 0; j < batch.size(); j++) {
      results.set(batch.get(j), translated.get(j));
    }
    if (bar != null) {
      bar.stepBy(batch.size());
    }
  }

  private ProgressBar progressBar(long totalLines, long skip, long startNanos) {
    if (!options.progress()) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("translate").setInitialMax(totalLines)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUnit(" lines", 1)
        .showSpeed().startsFrom(skip, Duration.ZERO).setUpdateIntervalMillis(500).build();
  }
}
