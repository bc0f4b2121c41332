package org.s2s4j.seq2seq.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.decoding.corpus.VocabularyTextCodec;
import org.s2s4j.seq2seq.Preprocessing;
import org.s2s4j.tokenization.Detokenizer;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.bpe.BpeApplier;
import org.s2s4j.tokenization.bpe.BpeCodes;
import org.s2s4j.tokenization.vocab.Vocabulary;

/**
 * A {@link Preprocessing} ready to run: each side's tokenizer and BPE segmentation. Training
 * prepares its data with it and translation encodes its input with it, so both see the same
 * tokens. Immutable and thread-safe.
 */
public final class TextPipeline {

  private final Preprocessing preprocessing;
  private final Tokenizer sourceTokenizer;
  private final Tokenizer targetTokenizer;
  private final BpeApplier sourceBpe;
  private final BpeApplier targetBpe;

  private TextPipeline(Preprocessing preprocessing, BpeApplier sourceBpe, BpeApplier targetBpe) {
    this.preprocessing = preprocessing;
    this.sourceTokenizer = preprocessing.source().create();
    this.targetTokenizer = preprocessing.target().create();
    this.sourceBpe = sourceBpe;
    this.targetBpe = targetBpe;
  }

  /** Loads the codes (and vocabularies) that {@code preprocessing} names. */
  public static TextPipeline of(Preprocessing preprocessing) throws IOException {
    Preprocessing.Subwords bpe = preprocessing.bpe();
    if (bpe == null) {
      return new TextPipeline(preprocessing, null, null);
    }
    BpeCodes sourceCodes = BpeCodes.load(bpe.sourceCodes());
    BpeCodes targetCodes = bpe.targetCodes().equals(bpe.sourceCodes()) ? sourceCodes
        : BpeCodes.load(bpe.targetCodes());
    return new TextPipeline(preprocessing,
        applier(sourceCodes, bpe.sourceVocabulary(), bpe),
        applier(targetCodes, bpe.targetVocabulary(), bpe));
  }

  private static BpeApplier applier(BpeCodes codes, Path vocabulary, Preprocessing.Subwords bpe)
      throws IOException {
    return new BpeApplier(codes, bpe.separator(), vocabulary == null ? null
        : BpeApplier.readVocabulary(vocabulary, bpe.vocabularyThreshold()), bpe.glossaries());
  }

  /** What this pipeline runs. */
  public Preprocessing preprocessing() {
    return preprocessing;
  }

  /** The source tokens (subwords with BPE) of a raw source line. */
  public List<String> source(String line) {
    List<String> tokens = sourceTokenizer.tokenize(line);
    return sourceBpe == null ? tokens : sourceBpe.apply(tokens);
  }

  /** The target tokens (subwords with BPE) of a raw target line. */
  public List<String> target(String line) {
    List<String> tokens = targetTokenizer.tokenize(line);
    return targetBpe == null ? tokens : targetBpe.apply(tokens);
  }

  /** The source side's BPE segmentation, or null. */
  public BpeApplier sourceBpe() {
    return sourceBpe;
  }

  /** The target side's BPE segmentation, or null. */
  public BpeApplier targetBpe() {
    return targetBpe;
  }

  /**
   * The text side of a model with these vocabularies: input lines through the source tokenizer
   * and BPE, output tokens through BPE restoration and the target language's detokenizer.
   *
   * @throws IllegalArgumentException for an unknown {@code options.inputTokenizer()}
   */
  public TextCodec codec(Vocabulary source, Vocabulary target, TextOptions options) {
    Preprocessing.Side side = preprocessing.source();
    Tokenizer tokenizer = options.inputTokenizer() == null && options.sourceLanguage() == null
        ? sourceTokenizer
        : new Preprocessing.Side(
            Objects.requireNonNullElse(options.inputTokenizer(), side.tokenizer()),
            Objects.requireNonNullElse(options.sourceLanguage(), side.language()),
            side.lowercase()).create();
    boolean detokenize = options.detokenize() != null ? options.detokenize()
        : !Preprocessing.NONE.equals(preprocessing.target().tokenizer());
    Detokenizer detokenizer = detokenize ? Tokenizers.detokenizer(
        Objects.requireNonNullElse(options.targetLanguage(), preprocessing.target().language()))
        : null;
    return new VocabularyTextCodec(tokenizer, sourceBpe, source, target, detokenizer);
  }
}
