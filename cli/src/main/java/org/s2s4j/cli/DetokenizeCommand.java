package org.s2s4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.Detokenizer;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.WhitespaceTokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s2s detokenize}: space-separated tokens in, running text out. */
@Command(
    name = "detokenize",
    mixinStandardHelpOptions = true,
    description = {
        "Joins the space-separated tokens of each input line back into running text.",
        "Uses Moses' detokenizer rules: undoes the moses scheme's XML escaping; re-attaches "
            + "punctuation, brackets, quotes, English contractions and French elisions. "
            + "One output line per input line."},
    footer = {"", "Examples:",
        "  echo \"a man &apos;s dog , isn &apos;t it ?\" | s2s detokenize --lang en",
        "      prints: a man's dog, isn't it?",
        "  sed -r 's/(@@ )|(@@ ?$)//g' hyp.bpe.de | s2s detokenize --lang de > hyp.de"})
final class DetokenizeCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language code, e.g. en, de, fr (default: ${DEFAULT-VALUE}).")
  String lang;

  @Mixin StandardStreams streams;

  @Override
  public Integer call() throws Exception {
    Detokenizer detokenizer = Tokenizers.detokenizer(lang);
    WhitespaceTokenizer split = new WhitespaceTokenizer();
    LineFilter.run(streams.in, streams.out, line -> detokenizer.detokenize(split.tokenize(line)));
    return 0;
  }
}
