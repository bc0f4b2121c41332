package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.ShortlistBuilder;
import org.s2s4j.seq2seq.train.Shortlists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s shortlist build}: (re)builds a model directory's shortlist from its training data. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
        "Builds the lexical shortlist of a trained model directory (" + Shortlist.FILE + ") from",
        "the training data its config.yaml names, read as training read it: the most frequent",
        "target words, and for each source word its likeliest translations by IBM Model 1.",
        "s2s train writes one with the defaults; this command gives one to older model",
        "directories or rebuilds it with other sizes. The file appears only when complete."},
    footer = {"", "Examples:",
        "  s2s shortlist build --model runs/en-de",
        "  s2s shortlist build --model runs/en-de --frequent 500 --per-source 20"})
final class ShortlistBuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "Trained model directory.")
  Path model;

  @Option(names = "--frequent", paramLabel = "K",
      defaultValue = "" + ShortlistBuilder.DEFAULT_FREQUENT,
      description = "Most frequent target words every sentence may use (default: ${DEFAULT-VALUE}).")
  int frequent;

  @Option(names = "--per-source", paramLabel = "N",
      defaultValue = "" + ShortlistBuilder.DEFAULT_PER_SOURCE,
      description = "Translations kept per source word (default: ${DEFAULT-VALUE}).")
  int perSource;

  @Option(names = "--iterations", paramLabel = "N",
      defaultValue = "" + ShortlistBuilder.DEFAULT_ITERATIONS,
      description = "EM iterations of IBM Model 1 (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--max-pairs", paramLabel = "N",
      defaultValue = "" + ShortlistBuilder.DEFAULT_MAX_PAIRS,
      description = "Training pairs read, from the start (default: ${DEFAULT-VALUE}).")
  int maxPairs;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    Shortlist shortlist;
    long start = System.nanoTime();
    try {
      shortlist = Shortlists.buildFor(model, frequent, perSource, iterations, maxPairs);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Path file = model.resolve(Shortlist.FILE);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("output", file.toString());
    summary.put("alwaysTokens", shortlist.always().length);
    summary.put("description", shortlist.description());
    summary.put("seconds", (System.nanoTime() - start) / 1e9);
    format.print(spec.commandLine().getOut(), summary,
        shortlist.description() + " -> " + file);
    return 0;
  }
}
