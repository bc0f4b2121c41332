package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import org.s2s4j.decoding.AverageLengthPenalty;
import org.s2s4j.decoding.GnmtLengthPenalty;
import org.s2s4j.decoding.LengthLimits;
import org.s2s4j.decoding.LengthPenalty;
import org.s2s4j.decoding.NoLengthPenalty;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.corpus.Batching;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import org.s2s4j.decoding.corpus.OutputFormat;
import org.s2s4j.seq2seq.pipeline.TextOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code s2s translate} that decide its output (models, input, output, search,
 * batching, text pipeline, engine): one definition for the local command and the Spark job, so
 * that both decode with the same settings.
 */
@Command
public final class TranslateOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Mixin FormatOption format = new FormatOption();

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

  @Option(names = "--shortlist", negatable = true,
      description = "Cut the output layer to the model's lexical shortlist (" + Shortlist.FILE
          + ", written by s2s train or s2s shortlist build): each sentence scores the frequent"
          + " target words and the likely translations of its source words only. Faster;"
          + " changes the output, so off by default.")
  boolean shortlist;

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

  @Option(names = "--window", paramLabel = "LINES", defaultValue = "" + CorpusOptions.DEFAULT_WINDOW,
      description = "Lines sorted and decoded together; bounds memory (default: ${DEFAULT-VALUE}).")
  int window;

  @Mixin EngineOptions engine = new EngineOptions();

  enum PenaltyKind { gnmt, average, none }

  /** The model directories, in the order given (several: an ensemble). */
  public List<Path> models() {
    return List.copyOf(models);
  }

  /** The input path, {@code -} for standard input. */
  public String input() {
    return input;
  }

  /** The output path, {@code -} for standard output. */
  public String output() {
    return output;
  }

  /** The DJL engine name ({@code --engine}). */
  public String engine() {
    return engine.engine;
  }

  /** The device ({@code --device}). */
  public String device() {
    return engine.device;
  }

  /** Whether unknown output words are replaced from the attention. */
  public boolean replaceUnknown() {
    return replaceUnk;
  }

  /** Whether the output layer is cut to the model's lexical shortlist ({@code --shortlist}). */
  public boolean shortlist() {
    return shortlist;
  }

  /** Whether the summary is asked for as JSON. */
  public boolean json() {
    return format.json();
  }

  /** The departures from the models' recorded text pipeline. */
  public TextOptions textOptions() {
    return new TextOptions(inputTokenizer, sourceLang, targetLang, detokenize);
  }

  /**
   * The search settings.
   *
   * @throws IllegalArgumentException for invalid values (the message names them)
   */
  public SearchOptions searchOptions() {
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

  /**
   * The corpus settings (batching, window, truncation, output format).
   *
   * @throws IllegalArgumentException for invalid values (the message names them)
   */
  public CorpusOptions corpusOptions(boolean progress) {
    Batching batching = batchSize != null && batchSize.tokens != null
        ? Batching.tokens(batchSize.tokens)
        : Batching.sentences(batchSize != null && batchSize.sentences != null
            ? batchSize.sentences : CorpusOptions.DEFAULT_BATCH_SENTENCES);
    OutputFormat outputFormat = format.json() ? OutputFormat.JSON
        : nBest > 1 ? OutputFormat.NBEST : OutputFormat.TEXT;
    return new CorpusOptions(batching, window, maxInputTokens, outputFormat, progress);
  }

  /** Everything besides the input that determines the output, for the resume journal. */
  String settings(SearchOptions search) {
    return models.stream().map(p -> p.toAbsolutePath().toString()).toList() + " " + search
        + " unk=" + replaceUnk + " detok=" + detokenize + " target-lang=" + targetLang
        + " input-tokenizer=" + inputTokenizer + " source-lang=" + sourceLang
        + " max-input=" + maxInputTokens
        + " format=" + format + " engine=" + engine.engine
        + (shortlist ? " shortlist" : "");
  }

  /** Prints the summary of a run to {@code out}: one line of text, or JSON with --format json. */
  public void report(PrintWriter out, DecodeSummary s) throws IOException {
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
