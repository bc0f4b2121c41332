package org.s2s4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.s2s4j.corpora.io.InputFormatException;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.evaluation.significance.ApproximateRandomization;
import org.s2s4j.evaluation.significance.PairedBootstrap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every {@code s2s score} metric shares: inputs, output format and paired tests. */
final class ScoreInputs {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = {"-i", "--hyp"}, required = true, paramLabel = "FILE",
      description = "Hypothesis file, one segment per line (UTF-8, may be gzipped). Repeat to "
          + "score several systems; with --paired-bs/--paired-ar the first is the baseline.")
  List<Path> hyps = new ArrayList<>();

  @Option(names = {"-r", "--ref"}, required = true, paramLabel = "FILE",
      description = "Reference file, line-aligned with the hypotheses. Repeat for several "
          + "references (one file per reference stream).")
  List<Path> refs = new ArrayList<>();

  @Mixin FormatOption format;

  @Option(names = {"-w", "--width"}, paramLabel = "N", defaultValue = "2",
      description = "Decimals of scores in text output (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the result to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--paired-bs",
      description = "Paired bootstrap resampling of every system against the first --hyp.")
  boolean pairedBs;

  @Option(names = "--paired-bs-n", paramLabel = "N", defaultValue = "1000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int pairedBsN;

  @Option(names = "--paired-ar",
      description = "Paired approximate randomization of every system against the first --hyp.")
  boolean pairedAr;

  @Option(names = "--paired-ar-n", paramLabel = "N", defaultValue = "10000",
      description = "Approximate randomization trials (default: ${DEFAULT-VALUE}).")
  int pairedArN;

  @Option(names = "--paired-ar-confidence-n", paramLabel = "N",
      description = "Also estimate confidence intervals with --paired-ar from N bootstrap "
          + "resamples (0 = 1000), as sacreBLEU does; none unless given.")
  Integer pairedArConfidenceN;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "12345",
      description = "Seed of the paired tests' random numbers, as sacreBLEU's SACREBLEU_SEED "
          + "(default: ${DEFAULT-VALUE}).")
  long seed;

  /** Checks option combinations that picocli cannot (usage errors, exit 2). */
  void validate() {
    if (pairedBs && pairedAr) {
      throw new ParameterException(spec.commandLine(),
          "--paired-bs and --paired-ar are mutually exclusive");
    }
    if ((pairedBs || pairedAr) && hyps.size() < 2) {
      throw new ParameterException(spec.commandLine(),
          "a paired test needs at least two --hyp files (the first is the baseline)");
    }
    if (pairedArConfidenceN != null && pairedArConfidenceN < 0) {
      throw new ParameterException(spec.commandLine(), "--paired-ar-confidence-n must be >= 0");
    }
    if (pairedBsN < 1 || pairedArN < 1) {
      throw new ParameterException(spec.commandLine(), "--paired-bs-n and --paired-ar-n must be >= 1");
    }
    if (seed < 0) {
      throw new ParameterException(spec.commandLine(), "--seed must be >= 0");
    }
    if (width < 0 || width > 17) {
      throw new ParameterException(spec.commandLine(), "--width must be between 0 and 17");
    }
  }

  boolean paired() {
    return pairedBs || pairedAr;
  }

  PairedBootstrap bootstrap() {
    return new PairedBootstrap(pairedBsN, seed);
  }

  ApproximateRandomization randomization() {
    int confidence = pairedArConfidenceN == null ? -1
        : pairedArConfidenceN == 0 ? PairedBootstrap.DEFAULT_SAMPLES : pairedArConfidenceN;
    return new ApproximateRandomization(pairedArN, confidence, seed);
  }

  /** The reference streams, each checked to have as many lines as the first hypothesis file. */
  List<List<String>> checkReferences(List<List<String>> streams, int expectedLines, Path against)
      throws IOException {
    for (int r = 0; r < refs.size(); r++) {
      Path ref = refs.get(r);
      List<String> lines = streams.get(r);
      if (lines.size() != expectedLines) {
        throw new InputFormatException(ref, 0, "has " + lines.size() + " lines but hypothesis "
            + against + " has " + expectedLines + "; every file must have one line per segment");
      }
    }
    return streams;
  }

  /** Every hypothesis file; all must have as many lines as the first. */
  List<List<String>> readHypotheses() throws IOException {
    List<List<String>> systems = readAll(hyps);
    if (systems.get(0).isEmpty()) {
      throw new InputFormatException(hyps.get(0), 0, "is empty: there is nothing to score");
    }
    for (int s = 1; s < systems.size(); s++) {
      if (systems.get(s).size() != systems.get(0).size()) {
        throw new InputFormatException(hyps.get(s), 0, "has " + systems.get(s).size()
            + " lines but hypothesis " + hyps.get(0) + " has " + systems.get(0).size());
      }
    }
    return systems;
  }

  /**
   * Reads the files concurrently (decoding is the slow part); the first failing file, in
   * argument order, is reported.
   */
  static List<List<String>> readAll(List<Path> files) throws IOException {
    if (files.size() == 1) {
      return List.of(read(files.get(0)));
    }
    List<CompletableFuture<List<String>>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        try {
          return read(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    List<List<String>> out = new ArrayList<>();
    for (CompletableFuture<List<String>> f : futures) {
      try {
        out.add(f.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException u) {
          throw u.getCause();
        }
        throw e;
      }
    }
    return out;
  }

  static List<String> read(Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Utf8LineReader r = Utf8LineReader.open(file)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (NoSuchFileException e) {
      throw new InputFormatException(file, 0, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputFormatException(file, 0, "permission denied");
    }
    return lines;
  }

  List<String> names() {
    return hyps.stream().map(Path::toString).toList();
  }
}
