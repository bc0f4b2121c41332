package org.s2s4j.cli;

import java.util.concurrent.Callable;
import org.s2s4j.evaluation.mt.Chrf;
import org.s2s4j.evaluation.mt.ChrfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code s2s score chrf}: chrF / chrF++ as sacreBLEU computes them. */
@Command(
    name = "chrf",
    description = "Corpus chrF (default chrF2) or chrF++ (--word-order 2), identical to "
        + "sacreBLEU 2.x. Scores are 0-100.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    footer = {"", "Examples:",
        "  s2s score chrf --hyp out.de --ref ref.de",
        "  s2s score chrf --hyp out.de --ref ref.de --word-order 2      # chrF++",
        "  s2s score chrf --hyp a.de --hyp b.de --ref ref.de --paired-bs --format json"})
final class ScoreChrfCommand implements Callable<Integer> {

  @Mixin
  ScoreInputs in;

  @Option(names = {"-cc", "--char-order"}, paramLabel = "N", defaultValue = "6",
      description = "Character n-gram order (default: ${DEFAULT-VALUE}).")
  int charOrder;

  @Option(names = {"-cw", "--word-order"}, paramLabel = "N", defaultValue = "0",
      description = "Word n-gram order; 2 gives chrF++ (default: ${DEFAULT-VALUE}).")
  int wordOrder;

  @Option(names = {"-cb", "--beta"}, paramLabel = "B", defaultValue = "2",
      description = "Weight of recall over precision (default: ${DEFAULT-VALUE}).")
  int beta;

  @Option(names = {"-lc", "--lowercase"}, description = "Case-insensitive chrF.")
  boolean lowercase;

  @Option(names = "--whitespace", description = "Keep whitespace in character n-grams.")
  boolean whitespace;

  @Option(names = "--eps-smoothing",
      description = "chrF++.py-style epsilon smoothing instead of effective order.")
  boolean epsSmoothing;

  @Override
  public Integer call() throws Exception {
    ChrfOptions options;
    try {
      options = ChrfOptions.defaults().charOrder(charOrder).wordOrder(wordOrder).beta(beta)
          .lowercase(lowercase).whitespace(whitespace).epsSmoothing(epsSmoothing);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(in.spec.commandLine(), e.getMessage());
    }
    return new ScoreReport<>(in, new Chrf(options), s -> ScoreReport.object(), s -> "").run();
  }
}
