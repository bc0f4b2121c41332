package org.s2s4j.cli;

import java.util.concurrent.Callable;
import org.s2s4j.cli.report.RunReport;
import org.s2s4j.seq2seq.config.ConfigLoader;
import org.s2s4j.seq2seq.config.RunConfig;
import org.s2s4j.seq2seq.train.Seq2SeqTraining;
import org.s2s4j.seq2seq.train.TrainingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s train}: trains an attention encoder-decoder into a run (model) directory. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
        "Train an attention LSTM encoder-decoder, optionally with scheduled sampling.",
        "",
        "The run directory becomes a model directory (config, vocabularies, checkpoints,",
        "metadata.json, train.jsonl, loss/bleu/eps plots) that 's2s translate --model' loads.",
        "Every configuration key and its default: see the README (Configuration reference)."},
    footer = {"", "Examples:",
        "  s2s train --config examples/tiny-reverse.yaml --output runs/tiny",
        "  s2s train --config examples/multi30k-en-de.yaml --output runs/en-de \\",
        "      --set data_dir=../shared/data/multi30k/task1/tok --set training.max_time=20m",
        "  s2s train --config examples/multi30k-en-de.yaml --output runs/en-de --resume",
        "  s2s train --config examples/multi30k-en-de.yaml --output runs/ss \\",
        "      --set sampling.schedule=inverse_sigmoid --set sampling.k=2000"})
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RunOptions options;

  @Mixin EngineOptions engine;

  @Option(names = "--devices", paramLabel = "N", defaultValue = "1",
      description = "Number of GPUs, gpu(0) .. gpu(N-1); 1 with the CPU (default: ${DEFAULT-VALUE}).")
  int devices;

  @Option(names = "--no-progress", description = "No progress bar (logs only).")
  boolean noProgress;

  @Override
  public Integer call() throws Exception {
    RunConfig run = ConfigLoader.load(options.config, options.overrides);
    TrainingState state = Seq2SeqTraining.train(run, options.output, engine.engine, engine.device, devices, options.resume, !noProgress);
    RunReport.write(options.output);
    spec.commandLine().getOut().printf("%s: %s after %d steps; best checkpoint %s%n", options.output,
        state.stopReason(), state.step(), state.bestCheckpoint());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
