package org.s2s4j.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.s2s4j.cli.TranslateOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.Shortlist;
import org.s2s4j.decoding.corpus.CorpusDecoder;
import org.s2s4j.decoding.corpus.CorpusOptions;
import org.s2s4j.decoding.corpus.SentenceTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.seq2seq.TrainedModel;
import org.s2s4j.seq2seq.inference.ModelTranslators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models and translators of one executor JVM. Each model directory is loaded once per JVM,
 * keyed by its path and checksum, and shared by the tasks; each task borrows a translator (its
 * own scorer, i.e. its own predictor) for its thread and gives it back at the end, so an executor
 * with N task slots keeps at most N translators per job.
 */
final class ExecutorTranslators {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorTranslators.class);

  private static final Map<String, TrainedModel> MODELS = new ConcurrentHashMap<>();
  private static final Map<DecodeJob, Translators> JOBS = new ConcurrentHashMap<>();

  private ExecutorTranslators() {}

  /** A translator lent to one task, and a decoder over it; close to give it back. */
  static final class Lease implements AutoCloseable {
    private final Translators owner;
    private final SentenceTranslator translator;
    private final CorpusDecoder decoder;

    private Lease(Translators owner, SentenceTranslator translator) {
      this.owner = owner;
      this.translator = translator;
      this.decoder = new CorpusDecoder(List.of(translator), owner.corpus);
    }

    CorpusDecoder decoder() {
      return decoder;
    }

    @Override
    public void close() {
      owner.free.add(translator);
    }
  }

  private static final class Translators {
    final List<TrainedModel> models;
    final TextCodec codec;
    final SearchStrategy search;
    final CorpusOptions corpus;
    final boolean replaceUnknown;
    final Shortlist shortlist;
    final Queue<SentenceTranslator> free = new ConcurrentLinkedQueue<>();
    final AtomicInteger created = new AtomicInteger();

    Translators(DecodeJob job) throws IOException {
      TranslateOptions options = SparkTranslate.parse(job.args());
      models = new ArrayList<>();
      for (int i = 0; i < options.models().size(); i++) {
        models.add(model(options.models().get(i).toString(), job.checksums().get(i), options));
      }
      codec = ModelTranslators.codec(models.get(0), options.textOptions());
      search = SearchStrategy.of(options.searchOptions());
      corpus = options.corpusOptions(false);
      replaceUnknown = options.replaceUnknown();
      shortlist = options.shortlist() ? ModelTranslators.shortlist(models.get(0)) : null;
    }

    SentenceTranslator borrow() {
      SentenceTranslator t = free.poll();
      if (t != null) {
        return t;
      }
      int n = created.incrementAndGet();
      if (n > 1) {
        EngineThreads.checkConcurrentDecoding(models.get(0).manager().getEngine().getEngineName(),
            n);
      }
      return ModelTranslators.create(models, codec, search, 1, replaceUnknown, shortlist).get(0);
    }
  }

  /** Lends a translator for {@code job} to the calling task. */
  static Lease lease(DecodeJob job) {
    Translators translators = JOBS.computeIfAbsent(job, j -> {
      try {
        return new Translators(j);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new Lease(translators, translators.borrow());
  }

  private static TrainedModel model(String dir, String checksum, TranslateOptions options)
      throws IOException {
    String key = dir + "\n" + checksum + "\n" + options.engine() + "\n" + options.device();
    try {
      return MODELS.computeIfAbsent(key, k -> {
        try {
          Path local = ModelLocation.resolve(dir);
          String found = ModelChecksum.of(local);
          if (!found.equals(checksum)) {
            throw new IOException("model directory " + local + " on this executor differs from"
                + " the driver's " + dir + " (checksum " + found + ", expected " + checksum + ")");
          }
          long start = System.nanoTime();
          TrainedModel model = TrainedModel.load(local, options.engine(), options.device());
          LOG.info("loaded model {} ({}) in {} ms", local, checksum.substring(0, 12),
              (System.nanoTime() - start) / 1_000_000);
          return model;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
