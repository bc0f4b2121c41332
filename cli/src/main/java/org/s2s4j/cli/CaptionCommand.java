package org.s2s4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s caption}: image captioning. */
@Command(
    name = "caption",
    mixinStandardHelpOptions = true,
    description = "Image captioning.",
    subcommands = {CaptionSynthCommand.class, CaptionFeaturesCommand.class, CaptionTrainCommand.class,
        CaptionGenerateCommand.class},
    footer = {"", "Examples:",
        "  s2s caption synth --n 2000 --out data/shapes",
        "  s2s caption features --images images/ --cnn resnet101.pt --out feats/",
        "  s2s caption train --config examples/caption-synth.yaml --output runs/shapes",
        "  s2s caption generate --model runs/shapes --images data/shapes/images \\",
        "      --annotations data/shapes/captions_test.json --out results.json"})
final class CaptionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing subcommand: one of " + spec.subcommands().keySet());
  }
}
