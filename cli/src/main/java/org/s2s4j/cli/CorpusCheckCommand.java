package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.corpora.check.CheckReport;
import org.s2s4j.corpora.check.ParallelChecker;
import org.s2s4j.corpora.check.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s corpus check}: every problem of a parallel corpus, exit 1 if there is any. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Report every problem of a parallel corpus.",
        "",
        "Reads two line-aligned files (.gz transparent) to the end and lists different line",
        "counts, invalid UTF-8, empty lines and lines longer than --max-length",
        "whitespace-separated tokens. Exits 0 when there is none, 1 otherwise."},
    footer = {"", "Examples:",
        "  s2s corpus check train.lc.norm.tok.en train.lc.norm.tok.de",
        "  s2s corpus check train.en.gz train.de.gz --max-length 80 --format json"})
final class CorpusCheckCommand implements Callable<Integer> {

  /** JSON shapes, written in field order. */
  private record FileLines(String file, long lines) {}

  private record Listed(String kind, String file, long line, String message) {}

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "Source-side file.")
  Path source;

  @Parameters(index = "1", paramLabel = "TARGET", description = "Target-side file.")
  Path target;

  @Option(names = "--max-length", paramLabel = "N", defaultValue = "100",
      description = "Longest allowed line in tokens (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(names = "--max-listed", paramLabel = "N", defaultValue = "20",
      description = "Problems listed one by one; all are counted (default: ${DEFAULT-VALUE}).")
  int maxListed;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (maxLength < 1 || maxListed < 0) {
      throw new ParameterException(spec.commandLine(),
          "--max-length must be >= 1 and --max-listed >= 0");
    }
    CheckReport report;
    try (ProgressBar bar = CorpusCommand.progress("check", "lines", -1)) {
      report = new ParallelChecker(maxLength, maxListed).check(source, target, bar::stepTo);
    }
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("source", new FileLines(report.source(), report.sourceLines()));
      json.put("target", new FileLines(report.target(), report.targetLines()));
      json.put("maxLength", maxLength);
      json.put("ok", report.ok());
      Map<String, Long> counts = new LinkedHashMap<>();
      for (Problem.Kind kind : Problem.Kind.values()) {
        counts.put(name(kind), report.counts().get(kind));
      }
      json.put("problems", counts);
      json.put("listed", report.problems().stream()
          .map(p -> new Listed(name(p.kind()), p.file(), p.line(), p.message())).toList());
      CorpusCommand.printJson(spec, json);
    } else {
      var out = spec.commandLine().getOut();
      report.problems().forEach(out::println);
      if (report.total() > report.problems().size()) {
        out.println("... and " + (report.total() - report.problems().size())
            + " more (see --max-listed)");
      }
      out.println(report.source() + ": " + report.sourceLines() + " lines, " + report.target()
          + ": " + report.targetLines() + " lines; " + summary(report));
      out.flush();
    }
    if (!report.ok()) {
      throw new IllegalStateException(summary(report));
    }
    return 0;
  }

  private static String summary(CheckReport report) {
    if (report.ok()) {
      return "no problems";
    }
    return report.total() + (report.total() == 1 ? " problem (" : " problems (")
        + report.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey())
            .map(e -> name(e.getKey()) + ": " + e.getValue())
            .collect(Collectors.joining(", ")) + ")";
  }

  private static String name(Problem.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
