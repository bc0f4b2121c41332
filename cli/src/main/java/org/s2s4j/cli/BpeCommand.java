package org.s2s4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s bpe}: groups the BPE subcommands. */
@Command(
    name = "bpe",
    mixinStandardHelpOptions = true,
    description = "Byte-pair-encoding subwords, byte-identical to subword-nmt.",
    subcommands = {BpeLearnCommand.class, BpeApplyCommand.class, BpeRestoreCommand.class},
    footer = {"", "Examples:",
        "  s2s bpe learn --input train.tok.de --symbols 10000 --output codes.de",
        "  s2s bpe apply --codes codes.de < val.tok.de > val.bpe.de",
        "  s2s bpe restore < hyp.bpe.de > hyp.tok.de"})
final class BpeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
