package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.bpe.BpeLearner;
import org.s2s4j.tokenization.bpe.WordCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s bpe learn}: subword-nmt's learn-bpe. */
@Command(
    name = "learn",
    mixinStandardHelpOptions = true,
    description = {
        "Learns BPE merges and writes a codes file in subword-nmt's format.",
        "The same input and settings give the same file as subword-nmt's learn-bpe, byte for "
            + "byte. Several inputs are read as one text. The output file appears only when it "
            + "is complete."},
    footer = {"", "Examples:",
        "  s2s bpe learn --input train.lc.norm.tok.de --symbols 10000 --output codes.de",
        "  s2s bpe learn --input train.tok.en train.tok.de --symbols 20000 \\",
        "      --min-frequency 20 --output codes.joint --format json",
        "  s2s bpe learn --input train.lc.norm.tok.de --symbols 10000 --total-symbols \\",
        "      --output codes.de"})
final class BpeLearnCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE", required = true, arity = "1..*",
      description = "Tokenized text, UTF-8 (gzip is unpacked).")
  List<Path> inputs;

  @Option(names = "--symbols", paramLabel = "N", required = true,
      description = "Number of merges to learn (with --total-symbols: of symbols).")
  int symbols;

  @Option(names = "--total-symbols",
      description = "Take --symbols as the size of the symbol vocabulary: learn N minus the "
          + "number of distinct word-internal and word-final characters merges "
          + "(learn-bpe's --total-symbols).")
  boolean totalSymbols;

  @Option(names = "--min-frequency", paramLabel = "F", defaultValue = "2",
      description = "Stop when no pair occurs at least F times (default: ${DEFAULT-VALUE}).")
  int minFrequency;

  @Option(names = "--output", paramLabel = "CODES", required = true,
      description = "The codes file to write.")
  Path output;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (symbols < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--symbols must not be negative: " + symbols);
    }
    long start = System.nanoTime();
    WordCounts counts = new WordCounts();
    long lines = InputFiles.forEachLine(inputs, counts::addLine);
    BpeCodes codes = new BpeLearner(symbols, minFrequency, totalSymbols).learn(counts.counts());
    codes.save(output);
    double seconds = (System.nanoTime() - start) / 1e9;
    int characters = totalSymbols ? BpeLearner.characterSymbols(counts.counts()) : 0;
    int requested = Math.max(0, symbols - characters);
    boolean stoppedEarly = codes.size() < requested;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("output", output.toString());
    summary.put("merges", codes.size());
    summary.put("requested", requested);
    if (totalSymbols) {
      summary.put("totalSymbols", symbols);
      summary.put("characterSymbols", characters);
    }
    summary.put("minFrequency", minFrequency);
    summary.put("stoppedEarly", stoppedEarly);
    summary.put("lines", lines);
    summary.put("wordTypes", counts.counts().size());
    summary.put("seconds", Math.round(seconds * 1000) / 1000.0);
    String text = String.format(
        "learned %d merges from %d lines (%d word types) in %.2f s -> %s%s%s", codes.size(),
        lines, counts.counts().size(), seconds, output,
        totalSymbols ? String.format(" (%d symbols - %d characters = %d merges requested)",
            symbols, characters, requested) : "",
        stoppedEarly ? " (stopped early: no pair has frequency >= " + minFrequency + ")" : "");
    format.print(spec.commandLine().getOut(), summary, text);
    return 0;
  }
}
