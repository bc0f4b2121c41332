package org.s2s4j.bench.tokenization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeLearner;
import org.s2s4j.tokenization.bpe.WordCounts;

/**
 * Times tokenization (lines/s per scheme), BPE learning (seconds) and BPE application (lines/s)
 * on Multi30k task1 train (29,000 lines), in one JVM, single-threaded. Each measurement is
 * repeated after a warm-up pass and the median is printed, with the load average before and
 * after, as Markdown table rows.
 *
 * <p>Usage: {@code TokenizationBench [SHARED_DIR [REPEATS]]} (defaults {@code ../shared}, 5).
 */
public final class TokenizationBench {

  private TokenizationBench() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path task1 = shared.resolve("data/multi30k/task1");
    List<String> rawEn = read(task1.resolve("raw/train.en.gz"));
    List<String> rawDe = read(task1.resolve("raw/train.de.gz"));
    List<String> tokDe = read(task1.resolve("tok/train.lc.norm.tok.de"));

    System.out.println("load average before: " + loadAverage());
    System.out.println("| what | input | median | runs |");
    System.out.println("|---|---|---|---|");
    String[][] schemes = {{"whitespace", "de"}, {"char", "de"}, {"moses", "de"}, {"moses", "en"},
        {"ptb", "en"}, {"lucene", "de"}, {"lucene-stem", "de"}, {"lucene-icu", "de"}};
    for (String[] s : schemes) {
      Tokenizer tokenizer = Tokenizers.create(s[0], s[1], true);
      List<String> lines = s[1].equals("en") ? rawEn : rawDe;
      double[] seconds = time(repeats, () -> {
        long tokens = 0;
        for (String line : lines) {
          tokens += tokenizer.tokenize(line).size();
        }
        return tokens;
      });
      row("tokenize --scheme " + s[0] + " --lang " + s[1] + " --lowercase",
          "train." + s[1] + " raw", lines.size() / median(seconds), "lines/s", seconds);
    }

    WordCounts counts = new WordCounts();
    tokDe.forEach(counts::addLine);
    for (int symbols : new int[] {3000, 10000}) {
      double[] seconds = time(repeats, () -> new BpeLearner(symbols, 2).learn(counts.counts()).size());
      row("bpe learn --symbols " + symbols + " (after counting)", "train.lc.norm.tok.de",
          median(seconds), "s", seconds);
    }
    double[] countSeconds = time(repeats, () -> {
      WordCounts c = new WordCounts();
      tokDe.forEach(c::addLine);
      return c.counts().size();
    });
    row("bpe learn: counting words", "train.lc.norm.tok.de", median(countSeconds), "s",
        countSeconds);

    BpeCodes codes = new BpeLearner(10000, 2).learn(counts.counts());
    double[] applySeconds = time(repeats, () -> {
      BpeApplier bpe = new BpeApplier(codes, "@@", null); // a fresh word cache each run
      long n = 0;
      for (String line : tokDe) {
        n += bpe.applyLine(line).length();
      }
      return n;
    });
    row("bpe apply (" + codes.size() + " merges, cold cache)", "train.lc.norm.tok.de",
        tokDe.size() / median(applySeconds), "lines/s", applySeconds);
    BpeApplier dropout = new BpeApplier(codes, "@@", null);
    long[] epoch = {0};
    double[] dropoutSeconds = time(repeats, () -> {
      long n = 0;
      long e = epoch[0]++;
      for (int i = 0; i < tokDe.size(); i++) {
        n += dropout.applyLine(tokDe.get(i), 0.1, BpeApplier.dropoutRandom(1, e, i)).length();
      }
      return n;
    });
    row("bpe apply --dropout 0.1 (" + codes.size() + " merges, a generator per line, no cache)",
        "train.lc.norm.tok.de", tokDe.size() / median(dropoutSeconds), "lines/s", dropoutSeconds);
    System.out.println("load average after: " + loadAverage());
  }

  private static double[] time(int repeats, Supplier<Object> run) {
    run.get(); // warm-up
    double[] seconds = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      Object sink = run.get();
      seconds[i] = (System.nanoTime() - start) / 1e9;
      if (sink == null) {
        throw new IllegalStateException();
      }
    }
    return seconds;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static void row(String what, String input, double value, String unit, double[] runs) {
    StringBuilder r = new StringBuilder();
    for (double s : runs) {
      r.append(r.length() == 0 ? "" : ", ").append(String.format("%.2f s", s));
    }
    String v = unit.equals("s") ? String.format("%.2f s", value) : String.format("%,.0f %s", value, unit);
    System.out.printf("| %s | %s | %s | %s |%n", what, input, v, r);
  }

  private static List<String> read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Utf8LineReader reader = Utf8LineReader.open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
