package org.s2s4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s score}: the parent of the metric commands. */
@Command(
    name = "score",
    description = "Score hypotheses against references: BLEU, chrF and TER exactly as "
        + "sacreBLEU computes them, with paired significance tests; captions with the COCO "
        + "caption evaluation metrics.",
    mixinStandardHelpOptions = true,
    subcommands = {ScoreBleuCommand.class, ScoreChrfCommand.class, ScoreTerCommand.class,
        ScoreCocoCommand.class},
    footer = {"", "Examples:",
        "  s2s score bleu --hyp out.de --ref ref.de",
        "  s2s score chrf --hyp out.de --ref ref.de --word-order 2",
        "  s2s score ter --hyp out.de --ref ref.de --format json",
        "  s2s score coco --refs annotations.json --results results.json",
        "", "Run 's2s score METRIC --help' for the options of one metric."})
final class ScoreCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing metric: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
