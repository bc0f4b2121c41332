package org.s2s4j.seq2seq;

import java.nio.file.Path;
import java.util.List;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.Tokenizers;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * How text was turned into tokens at training time; translation does the same and undoes it on
 * the output. Recorded in the model directory's {@code pipeline.json}.
 *
 * @param source how source lines became tokens
 * @param target how target lines became tokens (and how output tokens become text)
 * @param bpe the subword segmentation, or null for word-level models
 * @param maxLength sentences were truncated to this many tokens
 */
public record Preprocessing(Side source, Side target, Subwords bpe, int maxLength) {

  /** The scheme of text that is already tokenized: split at whitespace, nothing to undo. */
  public static final String NONE = "none";

  /**
   * One side's tokenization.
   *
   * @param tokenizer {@link #NONE} or a scheme of {@link Tokenizers#schemes()}
   * @param language the ISO 639-1 code the tokenizer (and the detokenizer) use, {@code und} if
   *     unknown
   * @param lowercase lines are lowercased
   */
  public record Side(String tokenizer, String language, boolean lowercase) {

    /**
     * Validates the scheme.
     *
     * @throws IllegalArgumentException for a scheme this build does not know
     */
    public Side {
      if (!NONE.equals(tokenizer) && !Tokenizers.schemes().contains(tokenizer)) {
        throw new IllegalArgumentException("unknown tokenizer '" + tokenizer + "'; this build knows: "
            + NONE + ", " + String.join(", ", Tokenizers.schemes()));
      }
    }

    /** The tokenizer of this side; {@link #NONE} splits at whitespace (and lowercases if asked). */
    public Tokenizer create() {
      return Tokenizers.create(NONE.equals(tokenizer) ? WhitespaceTokenizer.NAME : tokenizer,
          language, lowercase);
    }

    /** True if lines are only (lowercased and) split at whitespace. */
    public boolean splitsAtWhitespace() {
      return NONE.equals(tokenizer) || WhitespaceTokenizer.NAME.equals(tokenizer);
    }

    /** True if this side was raw text that s2s4j tokenized, so that output is detokenized. */
    public boolean rawText() {
      return !splitsAtWhitespace();
    }
  }

  /**
   * BPE subwords as subword-nmt's apply-bpe applies them.
   *
   * @param separator the mark of a non-final subword ({@code @@})
   * @param sourceCodes the source side's codes file (in the model directory)
   * @param targetCodes the target side's (the same file with joint codes)
   * @param sourceVocabulary the source side's subword counts (apply-bpe's {@code --vocabulary}),
   *     or null for no vocabulary filter
   * @param targetVocabulary the target side's, or null
   * @param vocabularyThreshold subwords counted fewer times are split again (with a vocabulary)
   * @param glossaries words or regular expressions never split
   */
  public record Subwords(String separator, Path sourceCodes, Path targetCodes, Path sourceVocabulary,
      Path targetVocabulary, int vocabularyThreshold, List<String> glossaries) {}

  /** The preprocessing of a model directory from before pipelines were recorded. */
  public static Preprocessing legacy(boolean lowercase, int maxLength) {
    Side side = new Side(WhitespaceTokenizer.NAME, "und", lowercase);
    return new Preprocessing(side, side, null, maxLength);
  }
}
