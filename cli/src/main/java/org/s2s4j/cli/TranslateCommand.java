package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.decoding.AverageLengthPenalty;
import org.s2s4j.decoding.GnmtLengthPenalty;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.LengthPenalty;
import org.s2s4j.decoding.NoLengthPenalty;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.corpus.Batching;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.FileTranslation;
import org.s2s4j.decoding.corpus.OutputFormat;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import picocli.CommandLine.ArgGroup;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "DIR", required = true,
      description = "Trained model directory; repeat for an ensemble.")
  List<Path> models;

  @Option(names = "--input", paramLabel = "FILE", defaultValue = "-",
      description = "Input text, '-' for standard input (default: ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--output", paramLabel = "FILE", defaultValue = "-",
      description = "Output, '-' for standard output (default: ${DEFAULT-VALUE}).")
  String output;

  @Option(names = "--beam", paramLabel = "K", defaultValue = "" + SearchOptions.DEFAULT_BEAM,
      description = "Beam size; 1 is greedy search (default: ${DEFAULT-VALUE}).")
  int beam;

  static final class BatchSize {
    @Option(names = "--batch-size", paramLabel = "N",
        description = "Sentences per batch (default: " + CorpusOptions.DEFAULT_BATCH_SENTENCES
            + ").")
    Integer sentences;

    @Option(names = "--batch-tokens", paramLabel = "N",
        description = "Padded source tokens per batch, instead of --batch-size.")
    Integer tokens;
  }

  @ArgGroup(exclusive = true)
  BatchSize batchSize;

  @Option(names = "--nbest", paramLabel = "K", defaultValue = "1",
      description = "Translations per line, best first (at most --beam); with --format text,"
          + " written as 'LINE ||| TEXT ||| SCORE' (default: ${DEFAULT-VALUE}).")
  int nBest;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Batches decoded at the same time (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--resume", description = "Continue an interrupted run of the same command.")
  boolean resume;

  @Mixin FormatOption format;

  @Option(names = "--length-penalty", paramLabel = "KIND", defaultValue = "gnmt",
      description = "gnmt, average or none (default: ${DEFAULT-VALUE}).")
  PenaltyKind lengthPenalty;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "" + SearchOptions.DEFAULT_ALPHA,
      description = "Alpha of the GNMT length penalty (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--coverage-penalty", paramLabel = "BETA", defaultValue = "0",
      description = "Weight of the GNMT coverage penalty (default: ${DEFAULT-VALUE}).")
  double coverage;

  @Option(names = "--min-length", paramLabel = "N", defaultValue = "0",
      description = "Fewest output tokens (default: ${DEFAULT-VALUE}).")
  int minLength;

  @Option(names = "--max-length", paramLabel = "N",
      defaultValue = "" + LengthLimits.DEFAULT_MAX_LENGTH,
      description = "Most output tokens (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(names = "--max-length-ratio", paramLabel = "R",
      defaultValue = "" + LengthLimits.DEFAULT_MAX_RATIO,
      description = "Most output tokens per source token, plus " + LengthLimits.DEFAULT_MAX_OFFSET
          + " (default: ${DEFAULT-VALUE}).")
  double maxLengthRatio;

  @Option(names = "--block-ngrams", paramLabel = "N",
      description = "Never repeat an n-gram of this size in one output.")
  Integer blockNgrams;

  @Option(names = "--replace-unk",
      description = "Replace unknown output words by the most attended source token.")
  boolean replaceUnk;

  @Option(names = "--detokenize", negatable = true,
      description = "--no-detokenize writes tokens (subwords joined), not text; --detokenize"
          + " detokenizes the output of a model trained on tokenized text (default: as the"
          + " model recorded: detokenize unless its target tokenizer is 'none').")
  Boolean detokenize;

  @Option(names = "--input-tokenizer", paramLabel = "SCHEME",
      description = "Tokenize the input with SCHEME instead of the model's tokenizer; 'none':"
          + " the input is already tokenized (lowercasing and BPE still apply).")
  String inputTokenizer;

  @Option(names = "--source-lang", paramLabel = "LANG",
      description = "Input language for the tokenizer (default: the model's).")
  String sourceLang;

  @Option(names = "--target-lang", paramLabel = "LANG",
      description = "Output language for the Moses detokenizer (default: the model's).")
  String targetLang;

  @Option(names = "--max-input-tokens", paramLabel = "N",
      defaultValue = "" + CorpusOptions.DEFAULT_MAX_SOURCE_TOKENS,
      description = "Longer lines are truncated (default: ${DEFAULT-VALUE}).")
  int maxInputTokens;

  @Option(names = "--shortlist", negatable = true,
      description = "Cut the output layer to the model's lexical shortlist (" + Shortlist.FILE
          + ", written by s2s train or s2s shortlist build): each sentence scores the frequent"
          + " target words and the likely translations of its source words only. Faster;"
          + " changes the output, so off by default.")
  boolean shortlist;

  @Option(names = "--window", paramLabel = "LINES", defaultValue = "" + CorpusOptions.DEFAULT_WINDOW,
      description = "Lines sorted and decoded together; bounds memory (default: ${DEFAULT-VALUE}).")
  int window;

  @Mixin EngineOptions engine;

  @Mixin StandardStreams streams;

  enum PenaltyKind { gnmt, average, none }

  @Override
  public Integer call() throws Exception {
    SearchOptions search;
    Batching batching;
    CorpusOptions corpus;
    try {
      search = searchOptions();
      batching = batchSize != null && batchSize.tokens != null ? Batching.tokens(batchSize.tokens)
          : Batching.sentences(batchSize != null && batchSize.sentences != null
              ? batchSize.sentences : CorpusOptions.DEFAULT_BATCH_SENTENCES);
      OutputFormat outputFormat = format.json() ? OutputFormat.JSON
          : nBest > 1 ? OutputFormat.NBEST : OutputFormat.TEXT;
      corpus = new CorpusOptions(batching, window, maxInputTokens, outputFormat, true);
      if (threads < 1) {
        throw new IllegalArgumentException("--threads must be >= 1: " + threads);
      }
      if (resume && (input.equals("-") || output.equals("-"))) {
        throw new IllegalArgumentException("--resume needs --input FILE and --output FILE");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<TrainedModel> loaded = new ArrayList<>();
    try {
      for (Path dir : models) {
        loaded.add(TrainedModel.load(dir, engine.engine, engine.device));
      }
      TextCodec codec;
      try {
        codec = ModelTranslators.codec(loaded.get(0),
            new TextOptions(inputTokenizer, sourceLang, targetLang, detokenize));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--input-tokenizer: " + e.getMessage());
      }
      Shortlist list = shortlist ? ModelTranslators.shortlist(loaded.get(0)) : null;
      CorpusDecoder decoder = new CorpusDecoder(ModelTranslators.create(loaded, codec,
          SearchStrategy.of(search), threads, replaceUnk, list),
          corpus);
      DecodeSummary summary = FileTranslation.run(decoder,
          input.equals("-") ? null : Path.of(input), streams.in,
          output.equals("-") ? null : Path.of(output), streams.out, resume, settings(search));
      report(summary);
    } finally {
      for (TrainedModel m : loaded) {
        m.close();
      }
    }
    return 0;
  }

  private SearchOptions searchOptions() {
    LengthPenalty penalty = switch (lengthPenalty) {
      case gnmt -> new GnmtLengthPenalty(alpha);
      case average -> new AverageLengthPenalty();
      case none -> new NoLengthPenalty();
    };
    SearchOptions.Builder b = SearchOptions.builder().beamSize(beam).nBest(nBest)
        .lengthPenalty(penalty).coverageWeight(coverage)
        .limits(new LengthLimits(minLength, 0.0, maxLength, maxLengthRatio,
            LengthLimits.DEFAULT_MAX_OFFSET));
    if (blockNgrams != null) {
      b.blockRepeatedNgrams(blockNgrams);
    }
    return b.build();
  }

  /** Everything besides the input that determines the output, for the resume journal. */
  private String settings(SearchOptions search) {
    return models.stream().map(p -> p.toAbsolutePath().toString()).toList() + " " + search
        + " unk=" + replaceUnk + " detok=" + detokenize + " target-lang=" + targetLang
        + " input-tokenizer=" + inputTokenizer + " source-lang=" + sourceLang
        + " max-input=" + maxInputTokens
        + " format=" + format + " engine=" + engine.engine
        + (shortlist ? " shortlist" : "");
  }

  private void report(DecodeSummary s) throws Exception {
    // The summary goes to stdout only when stdout does not carry the translations.
    PrintWriter out = output.equals("-") ? spec.commandLine().getErr()
        : spec.commandLine().getOut();
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("lines", s.lines());
      json.put("resumed", s.resumed());
      json.put("empty", s.empty());
      json.put("truncated", s.truncated());
      json.put("sourceTokens", s.sourceTokens());
      json.put("seconds", s.seconds());
      json.put("linesPerSecond", s.linesPerSecond());
      out.println(JSON.writeValueAsString(json));
    } else {
      out.println(String.format(Locale.ROOT,
          "translated %d lines (%d resumed, %d empty, %d truncated) in %.1f s, %.1f lines/s",
          s.lines(), s.resumed(), s.empty(), s.truncated(), s.seconds(), s.linesPerSecond()));
    }
    out.flush();
  }
}
