package org.s2s4j.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.s2s4j.cli.TranslateOptions;
import org.s2s4j.decoding.corpus.DecodeSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code s2s translate --spark MASTER ...} and the main class for {@code spark-submit}: decodes a
 * text file on Apache Spark with the options of {@code s2s translate}, giving the same output,
 * byte for byte, as local decoding.
 *
 * <p>Exit codes as {@code s2s}: 0 success, 1 failure (one line on stderr), 2 usage error.
 */
@Command(
    name = "s2s translate",
    mixinStandardHelpOptions = true,
    description = {
        "Translate a text file on Apache Spark: one output line per input line, in",
        "input order, the same bytes as local s2s translate with the same options.",
        "Each window of --window lines is one task; each executor loads each model",
        "once and keeps one translator per running task. --input and --output are",
        "paths of any Hadoop file system (local, hdfs://, s3a://). The output",
        "appears only when the job succeeds; an existing output is never replaced."},
    footer = {"", "Examples:",
        "  s2s translate --spark 'local[2]' --model runs/en-de --input big.en --output big.de",
        "  spark-submit --class org.s2s4j.spark.SparkTranslate s2s4j-spark-job.jar \\",
        "      --model runs/en-de --input hdfs:///corpora/big.en.gz --output hdfs:///out/big.de \\",
        "      --output-parts"})
public final class SparkTranslate implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TranslateOptions options;

  @Option(names = "--spark", paramLabel = "MASTER",
      description = "Spark master: local[N], local[N,RETRIES], spark://HOST:PORT, yarn, ..."
          + " (default: the one spark-submit sets).")
  String master;

  @Option(names = "--output-parts",
      description = "Write --output as a directory of part files in input order (part-00000,"
          + " ..., one per window) with manifest.json, instead of one file.")
  boolean outputParts;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line {@code args} and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs {@code args} with the summary on {@code out} and errors on {@code err}. */
  static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = new CommandLine(new SparkTranslate());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExpandAtFiles(false);
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      c.getErr().println("s2s translate: error: " + message(ex));
      c.getErr().flush();
      return 1;
    });
    cmd.setParameterExceptionHandler((ex, a) -> {
      PrintWriter usage = ex.getCommandLine().getErr();
      usage.println("s2s translate: " + ex.getMessage());
      usage.println("Try 's2s translate --help' for usage.");
      usage.flush();
      return 2;
    });
    return cmd.execute(args);
  }

  /** The options of a {@code translate} command line (on an executor: the driver's). */
  static TranslateOptions parse(List<String> args) {
    SparkTranslate command = new SparkTranslate();
    CommandLine cmd = new CommandLine(command);
    cmd.setExpandAtFiles(false);
    cmd.parseArgs(args.toArray(new String[0]));
    return command.options;
  }

  @Override
  public Integer call() throws IOException {
    if (options.input().equals("-") || options.output().equals("-")) {
      throw new ParameterException(spec.commandLine(),
          "the Spark job needs --input PATH and --output PATH (no standard input or output)");
    }
    try {
      options.searchOptions();
      options.corpusOptions(false);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    SparkConf conf = new SparkConf().setAppName("s2s translate " + options.input());
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      throw new ParameterException(spec.commandLine(),
          "no Spark master: give --spark MASTER, or run the job through spark-submit");
    }
    EngineThreads.configure(conf);
    List<String> checksums = new ArrayList<>();
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      for (Path model : options.models()) {
        checksums.add(ModelChecksum.of(ModelLocation.resolve(model.toString())));
      }
      DecodeJob job = new DecodeJob(spec.commandLine().getParseResult().originalArgs(), checksums,
          options.input(), options.corpusOptions(false).window());
      DecodeSummary summary = SparkDecoding.run(sc, job, options.output(), outputParts);
      options.report(spec.commandLine().getOut(), summary);
    }
    return 0;
  }

  /** The first line of the innermost message (Spark wraps a task's exception in its own). */
  static String message(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return m.strip().lines().findFirst().orElse(m);
  }
}
