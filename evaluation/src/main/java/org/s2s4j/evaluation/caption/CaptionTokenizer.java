package org.s2s4j.evaluation.caption;

import java.util.List;

/**
 * Turns raw captions into the tokenized text the captioning metrics score: tokens separated by
 * single spaces.
 *
 * <p>A tokenizer sees a whole batch at once because the reference pipeline tokenizes all captions
 * as one text, and a caption's last token can depend on the next caption.
 */
public interface CaptionTokenizer {

  /** The tokenized captions, one per input caption, in the same order. */
  List<String> tokenize(List<String> captions);

  /** A short description for signatures, e.g. {@code ptb-corenlp-3.4.1}. */
  String signature();
}
