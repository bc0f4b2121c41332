package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.seq2seq.train.CheckpointAverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s average}: averages the parameters of a run's last checkpoints into a new model. */
@Command(
    name = "average",
    mixinStandardHelpOptions = true,
    description = {
        "Averages the parameters of the last N checkpoints of a training run, element by element, "
            + "and writes them as a new model directory (configuration, vocabularies, text pipeline "
            + "and one checkpoint) that translate and report load like the run itself. "
            + "The new directory is for inference: it cannot resume training. "
            + "A run keeps its last training.keep_last checkpoints (and the best one)."},
    footer = {"", "Examples:",
        "  s2s average --model runs/en-de-bpe --last 5 --output runs/en-de-bpe-avg5",
        "  s2s translate --model runs/en-de-bpe-avg5 --input test.en --output test.de"})
final class AverageCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "RUN", required = true,
      description = "The training run directory whose checkpoints are averaged.")
  Path model;

  @Option(names = "--last", paramLabel = "N", defaultValue = "5",
      description = "Average the N most recent checkpoints (default: ${DEFAULT-VALUE}).")
  int last;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "The new model directory; must not exist. It appears only when complete.")
  Path output;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (last < 1) {
      throw new ParameterException(spec.commandLine(), "--last must be at least 1: " + last);
    }
    CheckpointAverage.Result r = CheckpointAverage.average(model, last, output);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("output", r.output().toString());
    summary.put("checkpoints", r.checkpoints());
    summary.put("parameters", r.parameters());
    format.print(spec.commandLine().getOut(), summary, String.format(
        "averaged %d checkpoints (%s) of %s: %d parameter arrays -> %s", r.checkpoints().size(),
        String.join(", ", r.checkpoints()), model, r.parameters(), r.output()));
    return 0;
  }
}
