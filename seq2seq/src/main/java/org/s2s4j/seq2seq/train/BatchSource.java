package org.s2s4j.seq2seq.train;

import java.util.List;

/**
 * The training batches of one epoch, in order. The same epoch number always gives the same batches
 * in the same order, so a resumed run can skip to its saved position.
 */
public interface BatchSource {

  /** The batches of epoch {@code epoch} (1-based). */
  List<TokenBatch> epoch(int epoch);
}
