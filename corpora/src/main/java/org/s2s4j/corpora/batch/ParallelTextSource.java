package org.s2s4j.corpora.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.corpora.parallel.ParallelCorpus;
import org.s2s4j.corpora.parallel.ParallelTextCorpus;
import org.s2s4j.corpora.parallel.SentencePair;

/**
 * Examples streamed from a parallel corpus, each side mapped to ids by a caller's function (for
 * instance a vocabulary lookup). Example {@code i} is line {@code i + 1}. Different line counts
 * fail the stream with both files and counts; see {@link ParallelTextCorpus}.
 */
public final class ParallelTextSource implements ExampleSource {

  private final ParallelCorpus corpus;
  private final Function<String, int[]> sourceIds;
  private final Function<String, int[]> targetIds;

  /** Two line-aligned files ({@code .gz} transparent). */
  public ParallelTextSource(Path source, Path target, Function<String, int[]> sourceIds,
      Function<String, int[]> targetIds) {
    this(new ParallelTextCorpus(source, target), sourceIds, targetIds);
  }

  /** Any parallel corpus, for instance a {@link org.s2s4j.corpora.parallel.TsvCorpus}. */
  public ParallelTextSource(ParallelCorpus corpus, Function<String, int[]> sourceIds,
      Function<String, int[]> targetIds) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.sourceIds = Objects.requireNonNull(sourceIds, "sourceIds");
    this.targetIds = Objects.requireNonNull(targetIds, "targetIds");
  }

  @Override
  public CloseableIterator<Example> open() throws IOException {
    CloseableIterator<SentencePair> pairs = corpus.open();
    return new CloseableIterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return pairs.hasNext();
      }

      @Override
      public Example next() {
        if (!pairs.hasNext()) {
          throw new NoSuchElementException();
        }
        SentencePair pair = pairs.next();
        return new Example(index++, sourceIds.apply(pair.source()), targetIds.apply(pair.target()));
      }

      @Override
      public void close() {
        pairs.close();
      }
    };
  }
}
