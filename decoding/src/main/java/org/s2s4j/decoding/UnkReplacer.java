package org.s2s4j.decoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Unknown-word replacement: each unknown token of an output becomes the source token that the
 * model attended to most when it produced it (Luong et al., 2015). Immutable.
 */
public final class UnkReplacer {

  private final int unkId;

  /** @param unkId the target vocabulary's unknown-word token */
  public UnkReplacer(int unkId) {
    this.unkId = unkId;
  }

  /**
   * @param output the hypothesis, for its token ids and attention
   * @param outputTokens the hypothesis's tokens as strings, one per id
   * @param sourceTokens the source tokens, one per attended position (positions past the end,
   *     such as an end-of-sequence token, are left unreplaced)
   */
  public List<String> replace(Hypothesis output, List<String> outputTokens,
      List<String> sourceTokens) {
    int[] ids = output.tokens();
    if (ids.length != outputTokens.size()) {
      throw new IllegalArgumentException(
          ids.length + " output ids but " + outputTokens.size() + " output tokens");
    }
    int[] alignment = output.alignment();
    List<String> replaced = new ArrayList<>(outputTokens);
    for (int t = 0; t < ids.length; t++) {
      if (ids[t] == unkId && alignment[t] < sourceTokens.size()) {
        replaced.set(t, sourceTokens.get(alignment[t]));
      }
    }
    return replaced;
  }
}
