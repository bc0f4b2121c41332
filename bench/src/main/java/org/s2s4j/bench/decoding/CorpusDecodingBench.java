package org.s2s4j.bench.decoding;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.corpus.Batching;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.FileTranslation;
import org.s2s4j.decoding.corpus.OutputFormat;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.TextCodec;

/**
 * Whole-run benchmark of corpus decoding without a network: a generated file of N lines (10 to 20
 * words each) translated by real beam search over {@link SyntheticCopyScorer}. Reports lines/s and
 * the peak resident memory (VmHWM), to show that memory does not grow with the file. Run with
 * {@code --resume} after killing a run to check that the output equals an uninterrupted one.
 *
 * <p>Usage: {@code CorpusDecodingBench LINES OUTPUT [--beam K] [--batch N] [--resume]}
 */
public final class CorpusDecodingBench {

  private static final int VOCAB = 8000;

  private CorpusDecodingBench() {}

  public static void main(String[] args) throws IOException {
    long lines = Long.parseLong(args[0]);
    Path output = Path.of(args[1]);
    int beam = 5;
    int batch = 64;
    boolean resume = false;
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--beam" -> beam = Integer.parseInt(args[++i]);
        case "--batch" -> batch = Integer.parseInt(args[++i]);
        case "--resume" -> resume = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path input = output.resolveSibling("bench-input-" + lines + ".txt");
    if (!Files.exists(input)) {
      generate(input, lines);
    }
    SearchTranslator translator = new SearchTranslator(CODEC, new SyntheticCopyScorer(VOCAB),
        SearchStrategy.of(SearchOptions.defaults(beam)), false);
    CorpusOptions defaults = CorpusOptions.defaults();
    CorpusDecoder decoder = new CorpusDecoder(List.of(translator), new CorpusOptions(
        Batching.sentences(batch), defaults.window(), defaults.maxSourceTokens(), OutputFormat.TEXT,
        true));
    DecodeSummary s = FileTranslation.run(decoder, input, null, output, null, resume,
        "beam=" + beam + " batch=" + batch);
    System.out.printf("lines=%d resumed=%d seconds=%.1f lines/s=%.0f peakRssMB=%d load=%s%n",
        s.lines(), s.resumed(), s.seconds(), s.linesPerSecond(), peakRssMb(),
        Files.readString(Path.of("/proc/loadavg")).strip());
  }

  private static void generate(Path file, long lines) throws IOException {
    Random random = new Random(42);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long i = 0; i < lines; i++) {
        int words = 10 + random.nextInt(11);
        List<String> line = new ArrayList<>(words);
        for (int j = 0; j < words; j++) {
          line.add("w" + (4 + random.nextInt(VOCAB - 4)));
        }
        w.write(String.join(" ", line));
        w.write('\n');
      }
    }
  }

  private static long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /** Words {@code wN} have id N. */
  private static final TextCodec CODEC = new TextCodec() {
    @Override
    public List<String> tokenize(String line) {
      String s = line.strip();
      return s.isEmpty() ? List.of() : List.of(s.split(" +"));
    }

    @Override
    public int[] encodeSource(List<String> tokens) {
      return tokens.stream().mapToInt(t -> Integer.parseInt(t.substring(1))).toArray();
    }

    @Override
    public List<String> decodeTarget(int[] ids) {
      List<String> out = new ArrayList<>(ids.length);
      for (int id : ids) {
        out.add("w" + id);
      }
      return out;
    }

    @Override
    public int targetUnkId() {
      return 1;
    }

    @Override
    public String detokenize(List<String> tokens) {
      return String.join(" ", tokens);
    }
  };
}
