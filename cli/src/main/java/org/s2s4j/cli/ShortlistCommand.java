package org.s2s4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s shortlist}: groups the lexical shortlist subcommands. */
@Command(
    name = "shortlist",
    mixinStandardHelpOptions = true,
    description = "Lexical shortlists of target words, for s2s translate --shortlist.",
    subcommands = {ShortlistBuildCommand.class},
    footer = {"", "Examples:",
        "  s2s shortlist build --model runs/en-de"})
final class ShortlistCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
