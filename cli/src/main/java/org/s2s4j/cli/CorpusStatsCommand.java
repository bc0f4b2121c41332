package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.corpora.stats.CorpusStats;
import org.s2s4j.corpora.stats.StatsCollector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s corpus stats}: lines, tokens, types and length histogram of each file. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
        "Lines, tokens, types and length histogram of each file.",
        "",
        "Tokens are whitespace-separated, types are distinct tokens; give each side of a",
        "parallel corpus as its own file (.gz transparent)."},
    footer = {"", "Examples:",
        "  s2s corpus stats train.lc.norm.tok.en train.lc.norm.tok.de",
        "  s2s corpus stats train.en.gz --bin-width 10 --format json"})
final class CorpusStatsCommand implements Callable<Integer> {

  private static final int BAR_WIDTH = 40;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to describe.")
  List<Path> files;

  @Option(names = "--bin-width", paramLabel = "N", defaultValue = "5",
      description = "Lengths per histogram bin (default: ${DEFAULT-VALUE}).")
  int binWidth;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if (binWidth < 1) {
      throw new ParameterException(spec.commandLine(), "--bin-width must be >= 1: " + binWidth);
    }
    List<CorpusStats> all = new ArrayList<>();
    for (Path file : files) {
      try (ProgressBar bar = CorpusCommand.progress(file.getFileName().toString(), "lines", -1)) {
        all.add(StatsCollector.of(file, bar::stepTo));
      }
    }
    if (format.json()) {
      CorpusCommand.printJson(spec, all.stream().map(this::json).toList());
    } else {
      var out = spec.commandLine().getOut();
      for (CorpusStats s : all) {
        out.println(s.file());
        out.printf(Locale.ROOT, "  lines   %d%n  tokens  %d%n  types   %d%n", s.lines(),
            s.tokens(), s.types());
        out.printf(Locale.ROOT, "  length  mean %.2f, median %d, 95%% %d, 99%% %d, max %d%n",
            s.meanLength(), s.lengthQuantile(0.5), s.lengthQuantile(0.95),
            s.lengthQuantile(0.99), s.maxLength());
        long most = s.histogram(binWidth).stream().mapToLong(CorpusStats.Bin::count).max()
            .orElse(1);
        for (CorpusStats.Bin bin : s.histogram(binWidth)) {
          String range = bin.from() == bin.to() ? "" + bin.from() : bin.from() + "-" + bin.to();
          out.printf(Locale.ROOT, "  %9s %9d %s%n", range, bin.count(),
              "#".repeat((int) Math.round((double) BAR_WIDTH * bin.count() / Math.max(1, most))));
        }
      }
      out.flush();
    }
    return 0;
  }

  private Map<String, Object> json(CorpusStats s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", s.file());
    json.put("lines", s.lines());
    json.put("tokens", s.tokens());
    json.put("types", s.types());
    Map<String, Object> length = new LinkedHashMap<>();
    length.put("mean", s.meanLength());
    length.put("median", s.lengthQuantile(0.5));
    length.put("p95", s.lengthQuantile(0.95));
    length.put("p99", s.lengthQuantile(0.99));
    length.put("max", s.maxLength());
    length.put("histogram", s.histogram(binWidth));
    json.put("length", length);
    return json;
  }
}
