package org.s2s4j.decoding.corpus;

import java.util.List;

/**
 * The text side of a model: how a line becomes source token ids and how target ids become a line
 * (tokenizer, subwords, vocabularies, detokenizer). Implementations are immutable.
 */
public interface TextCodec {

  /** The source tokens of {@code line} as the model reads them (tokenized, split into subwords). */
  List<String> tokenize(String line);

  /** The ids of source tokens. */
  int[] encodeSource(List<String> tokens);

  /** The target tokens of output ids (no special tokens). */
  List<String> decodeTarget(int[] ids);

  /** The target vocabulary's unknown-word id. */
  int targetUnkId();

  /** The text of target tokens (subwords joined, detokenized). */
  String detokenize(List<String> tokens);
}
