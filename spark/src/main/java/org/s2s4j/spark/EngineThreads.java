package org.s2s4j.spark;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.SparkConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine threads when several tasks decode at once in one JVM. MXNet's default (threaded) engine
 * runs its own worker threads beside the task threads and each operator uses every core through
 * OpenMP, so N concurrent tasks oversubscribe the cores N times over; MXNet's naive engine runs an
 * operator on the calling (task) thread, and one OpenMP thread per task (its share:
 * {@code spark.task.cpus}) keeps the threads at the number of cores. Both are environment
 * variables read when the engine loads, so they must be set before the executor JVM starts: on a
 * cluster through {@code spark.executorEnv.*} (set here unless given), for {@code local[N]} in the
 * environment of the process (the s2s launcher sets them).
 */
final class EngineThreads {

  static final String ENGINE_TYPE = "MXNET_ENGINE_TYPE";
  static final String NAIVE = "NaiveEngine";
  static final String OMP_THREADS = "OMP_NUM_THREADS";

  private static final Logger LOG = LoggerFactory.getLogger(EngineThreads.class);
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private EngineThreads() {}

  /**
   * Executors get {@code spark.task.cpus} OpenMP threads and, unless each runs only one task at a
   * time ({@code spark.executor.cores} equal to {@code spark.task.cpus}), the naive engine; values
   * given in {@code conf} win. (With one task per JVM the threaded engine is faster: it overlaps
   * the engine's work with the search's Java side; measured in docs/benchmarks.md.)
   */
  static void configure(SparkConf conf) {
    String taskCpus = conf.get("spark.task.cpus", "1");
    if (!taskCpus.equals(conf.get("spark.executor.cores", ""))) {
      conf.setIfMissing("spark.executorEnv." + ENGINE_TYPE, NAIVE);
    }
    conf.setIfMissing("spark.executorEnv." + OMP_THREADS, taskCpus);
  }

  /** Warns once if {@code translators} tasks decode at once on MXNet without the naive engine. */
  static void checkConcurrentDecoding(String engine, int translators) {
    if (engine.equalsIgnoreCase("MXNet") && !NAIVE.equals(System.getenv(ENGINE_TYPE))
        && WARNED.compareAndSet(false, true)) {
      LOG.warn("{} tasks decode at once in this JVM on MXNet's threaded engine: set {}={} and"
          + " {}=1 (per task) in the environment of the JVM for the cores to be shared",
          translators, ENGINE_TYPE, NAIVE, OMP_THREADS);
    }
  }
}
