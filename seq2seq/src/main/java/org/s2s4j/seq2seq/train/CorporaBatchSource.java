package org.s2s4j.seq2seq.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.s2s4j.corpora.batch.Batch;
import org.s2s4j.corpora.batch.BatchIterator;
import org.s2s4j.corpora.batch.BatchPosition;
import org.s2s4j.corpora.batch.Batcher;

/**
 * The batches of the corpora module's {@link Batcher}: streamed, so memory holds one batching
 * window of the corpus, and resumed at a {@link BatchPosition} by the batcher itself.
 */
public final class CorporaBatchSource implements BatchSource {

  private final Batcher batcher;

  public CorporaBatchSource(Batcher batcher) {
    this.batcher = batcher;
  }

  @Override
  public BatchStream open(BatchPosition from) {
    BatchIterator batches;
    try {
      batches = batcher.resume(from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BatchStream() {
      @Override
      public BatchPosition position() {
        return batches.position();
      }

      @Override
      public boolean hasNext() {
        return batches.hasNext();
      }

      @Override
      public TokenBatch next() {
        Batch b = batches.next();
        int[] lengths = b.sourceLengths();
        for (int r = 0; r < lengths.length; r++) {
          if (lengths[r] == 0) {
            throw new IllegalArgumentException("training pair " + (b.indices()[r] + 1)
                + " has an empty source sentence; clean the corpus first (s2s corpus clean)");
          }
        }
        return new TokenBatch(b.source(), lengths, b.target(), b.targetLengths());
      }

      @Override
      public void close() {
        batches.close();
      }
    };
  }
}
