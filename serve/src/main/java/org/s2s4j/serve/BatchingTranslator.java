package org.s2s4j.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.s2s4j.decoding.Hypothesis;
import org.s2s4j.decoding.SearchOptions;
import org.s2s4j.decoding.SearchStrategy;
import org.s2s4j.decoding.StepScorer;
import org.s2s4j.decoding.corpus.SearchTranslator;
import org.s2s4j.decoding.corpus.TextCodec;
import org.s2s4j.decoding.corpus.Translation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dynamic batching for one model: sentences from concurrent requests wait in a bounded queue, and
 * one worker thread takes up to {@code maxBatch} of them (waiting at most {@code maxWaitMillis}
 * after the first for others) and decodes those with the same search settings as one batch with
 * the batched search, which gives each sentence the output it would get alone.
 */
final class BatchingTranslator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchingTranslator.class);

  /** The search settings a request chooses; sentences are batched with others of the same. */
  record Settings(int beam, int nBest) {}

  private record Job(List<String> tokens, Settings settings, long queuedNanos,
      CompletableFuture<SentenceResult> result) {}

  /** Why a batch of sentences was not queued. */
  static final class QueueFullException extends Exception {
    QueueFullException(String message) {
      super(message, null, false, false);
    }
  }

  private final String name;
  private final TextCodec codec;
  private final StepScorer scorer;
  private final int maxBatch;
  private final long maxWaitNanos;
  private final int capacity;
  private final Semaphore room;
  private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final Map<Settings, SearchTranslator> translators = new HashMap<>();
  private final ServerMetrics metrics;
  private final Thread worker;
  private volatile boolean running = true;

  /**
   * @param scorer the model's scorer, used by the worker thread only and closed with this
   * @param capacity most sentences queued or being decoded
   */
  BatchingTranslator(String name, TextCodec codec, StepScorer scorer, int maxBatch,
      long maxWaitMillis, int capacity, ServerMetrics metrics) {
    this.name = name;
    this.codec = codec;
    this.scorer = scorer;
    this.maxBatch = maxBatch;
    this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    this.capacity = capacity;
    this.room = new Semaphore(capacity);
    this.metrics = metrics;
    metrics.queue(name, queue::size);
    worker = new Thread(this::work, "batcher-" + name);
    worker.setDaemon(true);
    worker.start();
  }

  /** The model's text side (thread-safe), for tokenizing requests before they are queued. */
  TextCodec codec() {
    return codec;
  }

  /** Most sentences this model takes at once. */
  int capacity() {
    return capacity;
  }

  /**
   * Queues tokenized sentences, all or none; each future completes with its sentence's result.
   *
   * @throws QueueFullException if there is no room for all of them
   */
  List<CompletableFuture<SentenceResult>> submit(List<List<String>> sources, Settings settings)
      throws QueueFullException {
    if (!running) {
      throw new QueueFullException("model " + name + " is shutting down");
    }
    if (!room.tryAcquire(sources.size())) {
      throw new QueueFullException("model " + name + " has " + (capacity - room.availablePermits())
          + " of " + capacity + " sentences queued; try again shortly");
    }
    List<CompletableFuture<SentenceResult>> results = new ArrayList<>(sources.size());
    long now = System.nanoTime();
    for (List<String> tokens : sources) {
      CompletableFuture<SentenceResult> result = new CompletableFuture<>();
      result.whenComplete((r, e) -> room.release());
      results.add(result);
      queue.add(new Job(tokens, settings, now, result));
    }
    return results;
  }

  private void work() {
    while (running || !queue.isEmpty()) {
      List<Job> batch;
      try {
        batch = nextBatch();
      } catch (InterruptedException e) {
        break;
      }
      if (!batch.isEmpty()) {
        decode(batch);
      }
    }
  }

  /** The first queued sentence and those that arrive within the wait, up to the batch size. */
  private List<Job> nextBatch() throws InterruptedException {
    List<Job> batch = new ArrayList<>();
    Job first = queue.poll(100, TimeUnit.MILLISECONDS);
    if (first == null) {
      return batch;
    }
    batch.add(first);
    long deadline = first.queuedNanos() + maxWaitNanos;
    while (batch.size() < maxBatch) {
      long left = deadline - System.nanoTime();
      Job next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : queue.poll();
      if (next == null) {
        break;
      }
      batch.add(next);
    }
    return batch;
  }

  private void decode(List<Job> batch) {
    Map<Settings, List<Job>> groups = new LinkedHashMap<>();
    for (Job job : batch) {
      groups.computeIfAbsent(job.settings(), s -> new ArrayList<>()).add(job);
    }
    for (Map.Entry<Settings, List<Job>> group : groups.entrySet()) {
      List<Job> jobs = group.getValue();
      long start = System.nanoTime();
      try {
        SearchTranslator translator = translators.computeIfAbsent(group.getKey(),
            this::translator);
        List<List<String>> sources = jobs.stream().map(Job::tokens).toList();
        List<List<Hypothesis>> found = translator.hypotheses(sources);
        List<List<Translation>> texts = translator.toText(sources, found);
        metrics.batch(name, jobs.size(), System.nanoTime() - start);
        for (int i = 0; i < jobs.size(); i++) {
          List<String> source = sources.get(i);
          Hypothesis best = found.get(i).get(0);
          jobs.get(i).result().complete(new SentenceResult(texts.get(i), source,
              codec.decodeTarget(best.tokens()), best.attentionOver(source.size())));
        }
      } catch (RuntimeException | Error e) {
        LOG.error("model {}: decoding a batch of {} sentences failed", name, jobs.size(), e);
        for (Job job : jobs) {
          job.result().completeExceptionally(e);
        }
      }
    }
  }

  private SearchTranslator translator(Settings settings) {
    SearchOptions options = SearchOptions.builder().beamSize(settings.beam())
        .nBest(settings.nBest()).build();
    return new SearchTranslator(codec, scorer, SearchStrategy.of(options), false);
  }

  /** Finishes the queued sentences, then stops the worker and closes the scorer. */
  @Override
  public void close() {
    running = false;
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    scorer.close();
  }
}
