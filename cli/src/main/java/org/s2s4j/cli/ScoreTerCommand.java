package org.s2s4j.cli;

import java.util.concurrent.Callable;
import org.s2s4j.evaluation.mt.Ter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s2s score ter}: TER as sacreBLEU computes it. */
@Command(
    name = "ter",
    description = "Corpus TER (translation edit rate), identical to sacreBLEU 2.x with its "
        + "default Tercom settings (case-insensitive, punctuation kept, no normalization). "
        + "Lower is better; can exceed 100.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    footer = {"", "Examples:",
        "  s2s score ter --hyp out.de --ref ref.de",
        "  s2s score ter --hyp out.en --ref r1.en --ref r2.en --case-sensitive",
        "  s2s score ter --hyp a.de --hyp b.de --ref ref.de --paired-ar --format json"})
final class ScoreTerCommand implements Callable<Integer> {

  @Mixin
  ScoreInputs in;

  @Option(names = {"-c", "--case-sensitive"}, description = "Do not lower-case before scoring.")
  boolean caseSensitive;

  @Override
  public Integer call() throws Exception {
    return new ScoreReport<>(in, new Ter(caseSensitive), s -> ScoreReport.object(), s -> "")
        .run();
  }
}
