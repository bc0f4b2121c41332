package org.s2s4j.decoding.corpus;

import java.util.List;

/**
 * Translates sentences: text in, text out. {@link #tokenize} shows how long a line is for the model
 * (so that lines can be sorted, batched and truncated); {@link #translate} decodes a batch of
 * tokenized lines. Not necessarily thread-safe: {@link CorpusDecoder} gives each thread its own.
 */
public interface SentenceTranslator {

  /** The tokens the model reads for {@code line} (after tokenization and subwords). */
  List<String> tokenize(String line);

  /** For each source, in order, its translations, best first (at least one). */
  List<List<Translation>> translate(List<List<String>> sources);
}
