package org.s2s4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s vocab}: groups the vocabulary subcommands. */
@Command(
    name = "vocab",
    mixinStandardHelpOptions = true,
    description = "Token vocabularies (ids with <pad> <unk> <s> </s> first).",
    subcommands = {VocabBuildCommand.class},
    footer = {"", "Examples:",
        "  s2s vocab build --input train.bpe.de --min-frequency 2 --output vocab.de"})
final class VocabCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
