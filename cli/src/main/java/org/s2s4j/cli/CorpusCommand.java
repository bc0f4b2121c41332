package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code s2s corpus}: check, clean, describe and download parallel corpora. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Check, clean, describe, download and generate parallel corpora.",
    subcommands = {
        CorpusCheckCommand.class,
        CorpusCleanCommand.class,
        CorpusStatsCommand.class,
        CorpusDownloadCommand.class,
        CorpusSyntheticCommand.class},
    footer = {"", "Examples:",
        "  s2s corpus download multi30k --dest data/multi30k",
        "  s2s corpus check train.en train.de",
        "  s2s corpus clean train.en train.de --out-source clean.en --out-target clean.de",
        "  s2s corpus stats train.en train.de",
        "  s2s corpus synthetic --dest data/synthetic"})
final class CorpusCommand implements Callable<Integer> {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing subcommand: one of " + spec.subcommands().keySet());
  }

  /** A progress bar on stderr; {@code max} -1 when the total is unknown. */
  static ProgressBar progress(String task, String unit, long max) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(max)
        .setUnit(" " + unit, 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
        .build();
  }

  /** Prints {@code value} as indented JSON on the command's stdout. */
  static void printJson(CommandSpec spec, Object value) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println(JSON.writeValueAsString(value));
    out.flush();
  }
}
