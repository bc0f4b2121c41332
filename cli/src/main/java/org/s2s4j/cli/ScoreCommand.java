package org.s2s4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s score}: groups the scoring subcommands. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score system output against references.",
    subcommands = {ScoreCocoCommand.class},
    footer = {"", "Examples:",
        "  s2s score coco --refs annotations.json --results results.json"})
final class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: one of "
        + spec.subcommands().keySet());
  }
}
