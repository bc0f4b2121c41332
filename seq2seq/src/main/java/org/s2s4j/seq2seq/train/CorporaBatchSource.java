package org.s2s4j.seq2seq.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.s2s4j.corpora.batch.Batch;
import org.s2s4j.corpora.batch.BatchIterator;
import org.s2s4j.corpora.batch.Batcher;

/** The batches of the corpora module's {@link Batcher}, one epoch at a time. */
public final class CorporaBatchSource implements BatchSource {

  private final Batcher batcher;

  public CorporaBatchSource(Batcher batcher) {
    this.batcher = batcher;
  }

  @Override
  public List<TokenBatch> epoch(int epoch) {
    List<TokenBatch> batches = new ArrayList<>();
    try (BatchIterator it = batcher.epoch(epoch)) {
      while (it.hasNext()) {
        Batch b = it.next();
        int[] lengths = b.sourceLengths();
        for (int r = 0; r < lengths.length; r++) {
          if (lengths[r] == 0) {
            throw new IllegalArgumentException("training pair " + (b.indices()[r] + 1)
                + " has an empty source sentence; clean the corpus first (s2s corpus clean)");
          }
        }
        batches.add(new TokenBatch(b.source(), lengths, b.target(), b.targetLengths()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return batches;
  }
}
