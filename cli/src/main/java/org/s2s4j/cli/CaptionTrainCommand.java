package org.s2s4j.cli;

import java.util.concurrent.Callable;
import org.s2s4j.captioning.train.CaptionConfig;
import org.s2s4j.captioning.train.CaptionTraining;
import org.s2s4j.seq2seq.train.TrainingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s caption train}: trains a Show, Attend and Tell captioner into a run directory. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
        "Train an image captioner: Show, Attend and Tell's encoder over image features and the",
        "attention LSTM decoder of 's2s train' (scheduled sampling included).",
        "",
        "Captions come from COCO captions JSON or a Karpathy split JSON, tokenized as the COCO",
        "evaluation does; features from a feature folder (s2s caption features) or pixel patches",
        "of the images. Dev CIDEr-D of real decoding picks the best checkpoint and stops early.",
        "The run directory (config, vocabulary, features.json, checkpoints, train.jsonl, plots)",
        "is what 's2s caption generate --model' loads."},
    footer = {"", "Examples:",
        "  s2s caption synth --n 2000 --out data/shapes",
        "  s2s caption train --config examples/caption-synth.yaml --output runs/shapes",
        "  s2s caption train --config examples/caption-synth.yaml --output runs/shapes --resume"})
final class CaptionTrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Mixin EngineOptions engine;

  @Option(names = "--no-progress", description = "No progress bar (logs only).")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    CaptionConfig run = CaptionConfig.load(options.config, options.overrides);
    TrainingState state = CaptionTraining.train(run, options.output, engine.engine, engine.device, options.resume, !noProgress);
    spec.commandLine().getOut().printf("%s: %s after %d steps; best checkpoint %s (dev %s %.4f)%n", options.output,
        state.stopReason(), state.step(), state.bestCheckpoint(),
        run.training().stopMetric().name().toLowerCase(java.util.Locale.ROOT), state.bestMetric());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
