package org.s2s4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s tokenize}: one line of text in, one line of space-separated tokens out. */
@Command(
    name = "tokenize",
    mixinStandardHelpOptions = true,
    description = {
        "Tokenizes standard input: one line of space-separated tokens per input line.",
        "Input is UTF-8 (gzip is unpacked); output is UTF-8, streamed.",
        "Schemes: moses (Moses punctuation normalisation and tokenizer, XML-escaped, as "
            + "Multi30k's tok files), ptb (Stanford CoreNLP PTBTokenizer), lucene, lucene-icu, "
            + "lucene-stem (Lucene standard or ICU tokenizer; Snowball stemming), lucene-lang "
            + "(Lucene's analyzer for the language, no stop words), whitespace, char (one token "
            + "per code point)."},
    footer = {"", "Examples:",
        "  echo \"A man's dog.\" | s2s tokenize --scheme moses --lang en --lowercase",
        "      prints: a man &apos;s dog .",
        "  s2s tokenize --lang de --lowercase < train.de.gz > train.tok.de",
        "  echo 'Running dogs' | s2s tokenize --scheme lucene --lang en"})
final class TokenizeCommand implements Callable<Integer> {

  private static final int BATCH = 512;
  private static final int CONTEXT = 8;

  @Spec CommandSpec spec;

  @Option(names = "--scheme", paramLabel = "SCHEME", defaultValue = "moses",
      description = "Tokenization scheme (default: ${DEFAULT-VALUE}).")
  String scheme;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "Language code, e.g. en, de, fr (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--lowercase", description = "Lower-case the text.")
  boolean lowercase;

  @Mixin StandardStreams streams;

  @Override
  public Integer call() throws Exception {
    Tokenizer tokenizer;
    try {
      tokenizer = Tokenizers.create(scheme, lang, lowercase);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    // batches let tokenizers that look past the line end (ptb) see the next lines
    LineFilter.runBatches(streams.in, streams.out, BATCH, CONTEXT, lines -> {
      List<String> joined = new ArrayList<>(lines.size());
      for (List<String> tokens : tokenizer.tokenizeLines(lines)) {
        joined.add(String.join(" ", tokens));
      }
      return joined;
    });
    return 0;
  }
}
