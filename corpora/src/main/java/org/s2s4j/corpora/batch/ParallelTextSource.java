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
 * instance a vocabulary lookup), which may also depend on the epoch and the example's index (for
 * instance BPE-dropout). Example {@code i} is line {@code i + 1}. Different line counts fail the
 * stream with both files and counts; see {@link ParallelTextCorpus}.
 */
public final class ParallelTextSource implements ExampleSource {

  /** Maps one side of example {@code index} of {@code epoch} to ids. */
  @FunctionalInterface
  public interface LineIds {

    /**
     * The ids of {@code line}; must be a function of its three arguments only, so that an epoch
     * can be replayed.
     */
    int[] ids(String line, int epoch, long index);
  }

  private final ParallelCorpus corpus;
  private final LineIds sourceIds;
  private final LineIds targetIds;

  /** Two line-aligned files ({@code .gz} transparent), the same ids in every epoch. */
  public ParallelTextSource(Path source, Path target, Function<String, int[]> sourceIds,
      Function<String, int[]> targetIds) {
    this(new ParallelTextCorpus(source, target), sourceIds, targetIds);
  }

  /** Two line-aligned files ({@code .gz} transparent), ids per epoch and line. */
  public ParallelTextSource(Path source, Path target, LineIds sourceIds, LineIds targetIds) {
    this(new ParallelTextCorpus(source, target), sourceIds, targetIds);
  }

  /** Any parallel corpus, for instance a {@link org.s2s4j.corpora.parallel.TsvCorpus}. */
  public ParallelTextSource(ParallelCorpus corpus, Function<String, int[]> sourceIds,
      Function<String, int[]> targetIds) {
    this(corpus, perLine(sourceIds, "sourceIds"), perLine(targetIds, "targetIds"));
  }

  /** Any parallel corpus, ids per epoch and line. */
  public ParallelTextSource(ParallelCorpus corpus, LineIds sourceIds, LineIds targetIds) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.sourceIds = Objects.requireNonNull(sourceIds, "sourceIds");
    this.targetIds = Objects.requireNonNull(targetIds, "targetIds");
  }

  private static LineIds perLine(Function<String, int[]> ids, String name) {
    Objects.requireNonNull(ids, name);
    return (line, epoch, index) -> ids.apply(line);
  }

  /** The examples of epoch 0. */
  @Override
  public CloseableIterator<Example> open() throws IOException {
    return open(0);
  }

  @Override
  public CloseableIterator<Example> open(int epoch) throws IOException {
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
        long i = index++;
        return new Example(i, sourceIds.ids(pair.source(), epoch, i),
            targetIds.ids(pair.target(), epoch, i));
      }

      @Override
      public void close() {
        pairs.close();
      }
    };
  }
}
