package org.s2s4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.bpe.BpeApplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s2s bpe restore}: joins subwords back into words. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
        "Joins BPE subwords on standard input back into words.",
        "Removes the separator followed by a space, and a separator at the end of a line, "
            + "like sed -r 's/(@@ )|(@@ ?$)//g'."},
    footer = {"", "Examples:",
        "  echo 'lä@@ d@@ t baum@@ wo@@ lle' | s2s bpe restore",
        "      prints: lädt baumwolle"})
final class BpeRestoreCommand implements Callable<Integer> {

  @Option(names = "--separator", paramLabel = "SEP", defaultValue = BpeApplier.DEFAULT_SEPARATOR,
      description = "The separator used when applying (default: ${DEFAULT-VALUE}).")
  String separator;

  @Mixin StandardStreams streams;

  @Override
  public Integer call() throws Exception {
    LineFilter.run(streams.in, streams.out, line -> BpeApplier.restore(line, separator));
    return 0;
  }
}
