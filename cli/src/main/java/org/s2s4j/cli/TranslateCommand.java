package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.FileTranslation;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.seq2seq.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s translate}: decode a text file with a trained model. */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    description = {
        "Translate a text file, one output line per input line, with batched beam search.",
        "",
        "Streams input of any size with bounded memory: reads --window lines, sorts them by",
        "length, decodes them in batches and writes them in input order. An empty line gives an",
        "empty line; a line longer than --max-input-tokens is truncated with a warning. A file",
        "output appears only when complete; after a crash, rerun the same command with --resume",
        "to continue where it stopped. Repeat --model to decode with an ensemble.",
        "",
        "The input is raw text: it goes through the text pipeline the model directory recorded",
        "(tokenizer, lowercasing, BPE) and the output is turned back into text (BPE restored,",
        "then the target language's detokenizer); --input-tokenizer none and --no-detokenize",
        "change that for tokenized input or output."},
    footer = {"", "Examples:",
        "  s2s translate --model runs/en-de --input test.en --output test.de",
        "  s2s translate --model runs/en-de --beam 1 < test.en > test.de",
        "  s2s translate --model runs/en-de --input-tokenizer none --no-detokenize \\",
        "      --input test.tok.en --output test.tok.de",
        "  s2s translate --model runs/a --model runs/b --beam 10 --nbest 5 --format json \\",
        "      --input big.en --output big.de.jsonl --resume"})
final class TranslateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TranslateOptions options;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Batches decoded at the same time (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--resume", description = "Continue an interrupted run of the same command.")
  boolean resume;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Decode on Apache Spark (local[N], spark://HOST:PORT, yarn, ...): the s2s"
          + " launcher runs the Spark job of the spark module instead of this command"
          + " (README, \"Decoding on a Spark cluster\").")
  String spark;

  @Option(names = "--output-parts",
      description = "With --spark: write --output as a directory of ordered part files and a"
          + " manifest.")
  boolean outputParts;

  @Mixin StandardStreams streams;

  enum PenaltyKind { gnmt, average, none }

  @Override
  public Integer call() throws Exception {
    if (spark != null || outputParts) {
      throw new ParameterException(spec.commandLine(), (spark != null ? "--spark" : "--output-parts")
          + " is run by the s2s launcher, which starts the Spark job (org.s2s4j.spark.SparkTranslate"
          + " of the spark module); run ./s2s translate --spark MASTER ... or spark-submit");
    }
    SearchOptions search;
    CorpusOptions corpus;
    try {
      search = options.searchOptions();
      corpus = options.corpusOptions(true);
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be >= 1: " + threads);
      }
      if (resume && (options.input().equals("-") || options.output().equals("-"))) {
        throw new IllegalArgumentException("--resume needs --input FILE and --output FILE");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<TrainedModel> loaded = new ArrayList<>();
    try {
      for (Path dir : options.models()) {
        loaded.add(TrainedModel.load(dir, options.engine(), options.device()));
      }
      TextCodec codec;
      try {
        codec = ModelTranslators.codec(loaded.get(0), options.textOptions());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--input-tokenizer: " + e.getMessage());
      }
      Shortlist list = options.shortlist() ? ModelTranslators.shortlist(loaded.get(0)) : null;
      CorpusDecoder decoder = new CorpusDecoder(ModelTranslators.create(loaded, codec,
          SearchStrategy.of(search), threads, options.replaceUnknown(), list),
          corpus);
      String input = options.input();
      String output = options.output();
      DecodeSummary summary = FileTranslation.run(decoder,
          input.equals("-") ? null : Path.of(input), streams.in,
          output.equals("-") ? null : Path.of(output), streams.out, resume,
          options.settings(search));
      // The summary goes to stdout only when stdout does not carry the translations.
      options.report(options.output().equals("-") ? spec.commandLine().getErr()
          : spec.commandLine().getOut(), summary);
    } finally {
      for (TrainedModel m : loaded) {
        m.close();
      }
    }
    return 0;
  }
}
