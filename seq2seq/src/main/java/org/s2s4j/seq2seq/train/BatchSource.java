package org.s2s4j.seq2seq.train;

import org.s2s4j.corpora.batch.BatchPosition;

/**
 * The training batches, streamed an epoch at a time. The same position always gives the same
 * batches in the same order, so a resumed run continues with the batch it would have had next.
 */
public interface BatchSource {

  /**
   * The batches of epoch {@code from.epoch()} (1-based) after its first {@code from.batches()};
   * empty when the epoch has no more.
   */
  BatchStream open(BatchPosition from);
}
