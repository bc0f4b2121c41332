package org.s2s4j.seq2seq.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.s2s4j.tokenization.Tokenizer;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Training and dev data after the pipeline: the files training reads and how their lines become
 * tokens.
 *
 * @param trainSource training source file training reads
 * @param trainTarget training target file
 * @param devSource dev source file
 * @param devTarget dev target file
 * @param trainTokensSource the tokenized training source before BPE (for BPE-dropout), or null
 * @param trainTokensTarget the tokenized training target before BPE, or null
 * @param processed true if the files hold the pipeline's tokens (space-separated); false if they
 *     are the data files themselves, which the pipeline only lowercases and splits at whitespace
 * @param pipeline the pipeline, as recorded in the model directory
 * @param checksums SHA-256 of each of the four data files as configured
 */
public record PreparedData(Path trainSource, Path trainTarget, Path devSource, Path devTarget,
    Path trainTokensSource, Path trainTokensTarget, boolean processed, TextPipeline pipeline, Map<Path, String> checksums) {

  private static final Tokenizer SPLIT = new WhitespaceTokenizer();

  /** The source tokens of a line of {@link #trainSource} or {@link #devSource}. */
  public List<String> sourceTokens(String line) {
    return processed ? SPLIT.tokenize(line) : pipeline.source(line);
  }

  /** The target tokens of a line of {@link #trainTarget} or {@link #devTarget}. */
  public List<String> targetTokens(String line) {
    return processed ? SPLIT.tokenize(line) : pipeline.target(line);
  }
}
