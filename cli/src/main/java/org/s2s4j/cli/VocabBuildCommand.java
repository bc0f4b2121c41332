package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.WhitespaceTokenizer;
import org.s2s4j.tokenization.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s vocab build}: counts tokens and writes a vocabulary file. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
        "Counts the tokens of the input files and writes a vocabulary file.",
        "Tokens are separated by whitespace. The file has one token per line in id order: "
            + "<pad> <unk> <s> </s>, then the most frequent first, ties in code point order. "
            + "It appears only when it is complete."},
    footer = {"", "Examples:",
        "  s2s vocab build --input train.bpe.de --output vocab.de",
        "  s2s vocab build --input train.tok.en --min-frequency 3 --max-size 10000 \\",
        "      --output vocab.en --format json"})
final class VocabBuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "FILE", required = true, arity = "1..*",
      description = "Tokenized text, UTF-8 (gzip is unpacked).")
  List<Path> inputs;

  @Option(names = "--min-frequency", paramLabel = "F", defaultValue = "1",
      description = "Keep tokens seen at least F times (default: ${DEFAULT-VALUE}).")
  long minFrequency;

  @Option(names = "--max-size", paramLabel = "N", defaultValue = "0",
      description = "Keep at most N tokens besides the 4 special ones; 0 = all (default).")
  int maxSize;

  @Option(names = "--output", paramLabel = "VOCAB", required = true,
      description = "The vocabulary file to write.")
  Path output;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (minFrequency < 1) {
      throw new ParameterException(spec.commandLine(),
          "--min-frequency must be at least 1: " + minFrequency);
    }
    if (maxSize < 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-size must be 0 (no limit) or positive: " + maxSize);
    }
    WhitespaceTokenizer split = new WhitespaceTokenizer();
    Map<String, Long> counts = new HashMap<>();
    long lines = InputFiles.forEachLine(inputs, line -> {
      for (String token : split.tokenize(line)) {
        counts.merge(token, 1L, Long::sum);
      }
    });
    Vocabulary vocab = Vocabulary.build(counts, minFrequency, maxSize);
    vocab.save(output);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("output", output.toString());
    summary.put("size", vocab.size());
    summary.put("distinctTokens", counts.size());
    summary.put("lines", lines);
    summary.put("sha256", vocab.sha256());
    String text = String.format("%d tokens (4 special + %d of %d distinct) from %d lines -> %s",
        vocab.size(), vocab.size() - 4, counts.size(), lines, output);
    format.print(spec.commandLine().getOut(), summary, text);
    return 0;
  }
}
