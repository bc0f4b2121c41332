package org.s2s4j.cli.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.s2s4j.corpora.io.AtomicOutput;

/**
 * What decoding a test set with a run's model gave, saved as {@value #FILE} in the run directory
 * so that {@link RunReport} can show it.
 *
 * @param split the name of the decoded split ("test")
 * @param source the source file
 * @param reference the reference file
 * @param hypotheses the output file
 * @param beam beam size
 * @param sentences sentences decoded
 * @param sourceTokens source tokens decoded
 * @param outputTokens output tokens produced
 * @param seconds wall time of the decoding
 * @param scores the output's scores with their signatures
 * @param baseline the score of copying the source as the output (BLEU), or null
 * @param samples a few sentences with their attention
 */
public record DecodeResults(String split, String source, String reference, String hypotheses,
    int beam, int sentences, long sourceTokens, long outputTokens, double seconds,
    List<Score> scores, Score baseline, List<Sample> samples) {

  /** The file name in the run directory. */
  public static final String FILE = "decode.json";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** A metric's score and sacreBLEU-style signature. */
  public record Score(String name, double score, String signature) {}

  /**
   * One decoded sentence: the source, reference and output text, and the attention of each output
   * token (and of the end of sequence) over the source tokens.
   */
  public record Sample(String source, String reference, String output, List<String> sourceTokens,
      List<String> outputTokens, float[][] attention) {}

  /** Sentences per second. */
  public double sentencesPerSecond() {
    return seconds > 0 ? sentences / seconds : 0;
  }

  /** Output tokens per second. */
  public double tokensPerSecond() {
    return seconds > 0 ? outputTokens / seconds : 0;
  }

  /** Writes {@code runDir/decode.json} atomically. */
  public void save(Path runDir) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(runDir.resolve(FILE))) {
      out.writer().write(JSON.writeValueAsString(this));
      out.commit();
    }
  }

  /** Reads {@code runDir/decode.json}, or null if there is none. */
  public static DecodeResults load(Path runDir) throws IOException {
    Path file = runDir.resolve(FILE);
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return JSON.readValue(file.toFile(), DecodeResults.class);
    } catch (IOException e) {
      throw new IOException(file + ": not a decoding result: " + e.getMessage().lines().findFirst()
          .orElse(""), e);
    }
  }
}
