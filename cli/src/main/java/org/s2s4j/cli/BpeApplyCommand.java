package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s bpe apply}: subword-nmt's apply-bpe, standard input to standard output. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
        "Segments standard input into BPE subwords, one output line per input line.",
        "The output is subword-nmt's apply-bpe output, byte for byte (with --dropout: its "
            + "algorithm, with another random generator). Words are split at single spaces; "
            + "leading and trailing spaces are copied."},
    footer = {"", "Examples:",
        "  echo 'eine gruppe von männern lädt baumwolle' | s2s bpe apply --codes codes.de",
        "      prints: eine gruppe von männern lä@@ d@@ t baum@@ wo@@ lle",
        "  s2s bpe apply --codes codes.de --vocabulary vocab.de \\",
        "      --vocabulary-threshold 50 < val.tok.de > val.bpe.de",
        "  s2s bpe apply --codes codes.en --glossaries '[0-9]+' '<url>' < val.tok.en",
        "  s2s bpe apply --codes codes.de --merges 1000 < val.tok.de",
        "  s2s bpe apply --codes codes.de --dropout 0.1 --seed 3 < train.tok.de"})
final class BpeApplyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--codes", paramLabel = "CODES", required = true,
      description = "Codes file from 's2s bpe learn' or subword-nmt's learn-bpe.")
  Path codes;

  @Option(names = "--separator", paramLabel = "SEP", defaultValue = BpeApplier.DEFAULT_SEPARATOR,
      description = "Marks non-final subwords (default: ${DEFAULT-VALUE}).")
  String separator;

  @Option(names = "--vocabulary", paramLabel = "V",
      description = "subword-nmt vocabulary file ('subword count' per line); merges that produce "
          + "a subword not in it are undone.")
  Path vocabulary;

  @Option(names = "--glossaries", paramLabel = "REGEX", arity = "1..*",
      description = "Words or regular expressions (Java syntax) never split into subwords.")
  List<String> glossaries = List.of();

  @Option(names = "--vocabulary-threshold", paramLabel = "T",
      description = "With --vocabulary: subwords seen fewer than T times count as unknown.")
  Integer threshold;

  @Option(names = "--merges", paramLabel = "N",
      description = "Use only the first N merges of the codes file (default: all).")
  Integer merges;

  @Option(names = "--dropout", paramLabel = "P", defaultValue = "0",
      description = "BPE-dropout (Provilkov et al., 2020): at each merge step leave out each "
          + "pair with probability P, 0 <= P < 1, for training data only (default: "
          + "${DEFAULT-VALUE}, plain BPE).")
  double dropout;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the --dropout draws; a line's draws depend only on S and the "
          + "line's number (default: ${DEFAULT-VALUE}).")
  long seed;

  @Mixin StandardStreams streams;

  @Override
  public Integer call() throws Exception {
    if (threshold != null && vocabulary == null) {
      throw new ParameterException(spec.commandLine(),
          "--vocabulary-threshold needs --vocabulary");
    }
    if (separator.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--separator must not be empty");
    }
    if (merges != null && merges < 0) {
      throw new ParameterException(spec.commandLine(), "--merges must not be negative: " + merges);
    }
    try {
      BpeApplier.checkDropout(dropout);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--dropout: " + e.getMessage());
    }
    Set<String> vocab = vocabulary == null ? null : BpeApplier.readVocabulary(vocabulary, threshold);
    BpeCodes loaded = BpeCodes.load(codes);
    BpeApplier bpe;
    try {
      bpe = new BpeApplier(merges == null ? loaded : loaded.first(merges), separator, vocab,
          glossaries);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    long[] lineIndex = {0};
    LineFilter.run(streams.in, streams.out, dropout == 0 ? bpe::applyLine
        : line -> bpe.applyLine(line, dropout, BpeApplier.dropoutRandom(seed, 0, lineIndex[0]++)));
    return 0;
  }
}
