package org.s2s4j.seq2seq.train;

import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.corpora.io.CloseableIterator;

/** The batches of one epoch as a {@link BatchSource} streams them, and how far it has got. */
public interface BatchStream extends CloseableIterator<TokenBatch> {

  /** The position after the batches returned so far; opening the source there continues here. */
  BatchPosition position();
}
