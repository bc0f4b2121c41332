package org.s2s4j.corpora.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.corpora.io.CloseableIterator;
import org.s2s4j.corpora.parallel.ParallelCorpus;
import org.s2s4j.corpora.parallel.SentencePair;
import org.s2s4j.tokenization.WhitespaceTokenizer;

/**
 * Writes the pairs of a parallel corpus that pass the {@link CleaningRules} to two new files, in
 * their original order and unchanged.
 *
 * <p>Outputs appear only when the whole input has been read without error (see
 * {@link AtomicOutput}): bad input (invalid UTF-8, different line counts) is an exception naming
 * the file and line, and the output paths keep whatever they held before.
 *
 * <p>Duplicates are found with a set of 64-bit hashes of the (source, target) pairs kept so far,
 * about 12–24 bytes per kept pair (240 MB for 10M pairs) rather than the text itself. Two
 * different pairs share a hash with probability about n²/2⁶⁵ for n pairs (3·10⁻⁶ for n = 10M), in
 * which case the later one is wrongly dropped as a duplicate. Thread-safe.
 */
public final class ParallelCleaner {

  private final CleaningRules rules;

  public ParallelCleaner(CleaningRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Filters {@code corpus} into {@code sourceOut} and {@code targetOut}; {@code progress} gets the
   * pairs read so far.
   */
  public CleanReport clean(ParallelCorpus corpus, Path sourceOut, Path targetOut,
      LongConsumer progress) throws IOException {
    if (sourceOut.toAbsolutePath().normalize().equals(targetOut.toAbsolutePath().normalize())) {
      throw new IllegalArgumentException("source and target outputs are the same file: "
          + sourceOut);
    }
    Map<String, Long> removed = new LinkedHashMap<>();
    for (String rule : new String[] {CleaningRules.EMPTY, CleaningRules.LENGTH, CleaningRules.RATIO,
        CleaningRules.DUPLICATE}) {
      removed.put(rule, 0L);
    }
    LongHashSet seen = new LongHashSet();
    long read = 0;
    long kept = 0;
    try (AtomicOutput src = AtomicOutput.create(sourceOut);
        AtomicOutput tgt = AtomicOutput.create(targetOut);
        CloseableIterator<SentencePair> pairs = corpus.open()) {
      Writer srcWriter = src.writer();
      Writer tgtWriter = tgt.writer();
      while (pairs.hasNext()) {
        SentencePair pair = pairs.next();
        if (++read % 10_000 == 0) {
          progress.accept(read);
        }
        String rule = rules.lengthRule(WhitespaceTokenizer.count(pair.source()),
            WhitespaceTokenizer.count(pair.target()));
        if (rule == null && rules.dropDuplicates() && !seen.add(hash(pair))) {
          rule = CleaningRules.DUPLICATE;
        }
        if (rule != null) {
          removed.merge(rule, 1L, Long::sum);
          continue;
        }
        srcWriter.write(pair.source());
        srcWriter.write('\n');
        tgtWriter.write(pair.target());
        tgtWriter.write('\n');
        kept++;
      }
      progress.accept(read);
      src.commit();
      tgt.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new CleanReport(read, kept, removed);
  }

  /** A 64-bit FNV-1a hash of source, a separator and target, finished with a bit mixer. */
  static long hash(SentencePair pair) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (pair.source() + '\u0000' + pair.target()).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
