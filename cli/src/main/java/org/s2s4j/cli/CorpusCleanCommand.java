package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.s2s4j.corpora.clean.CleanReport;
import org.s2s4j.corpora.clean.CleaningRules;
import org.s2s4j.corpora.clean.ParallelCleaner;
import org.s2s4j.corpora.parallel.ParallelTextCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code s2s corpus clean}: a filtered copy of a parallel corpus. */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
        "Write a filtered copy of a parallel corpus.",
        "",
        "Writes the pairs that pass every rule, unchanged and in order, and says how many",
        "pairs each rule removed. Rules, in order: empty (either side has no",
        "tokens), length (a side outside --min-length..--max-length tokens), ratio (one side",
        "more than --max-ratio times longer), duplicate (the same pair kept before). Outputs",
        "appear only when the whole input was read without error."},
    footer = {"", "Examples:",
        "  s2s corpus clean train.en train.de --out-source clean.en --out-target clean.de",
        "  s2s corpus clean train.en.gz train.de.gz --out-source c.en --out-target c.de \\",
        "      --max-length 80 --max-ratio 2.5 --keep-duplicates --format json"})
final class CorpusCleanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "Source-side file.")
  Path source;

  @Parameters(index = "1", paramLabel = "TARGET", description = "Target-side file.")
  Path target;

  @Option(names = "--out-source", paramLabel = "FILE", required = true,
      description = "Where the kept source lines go.")
  Path outSource;

  @Option(names = "--out-target", paramLabel = "FILE", required = true,
      description = "Where the kept target lines go.")
  Path outTarget;

  @Option(names = "--min-length", paramLabel = "N", defaultValue = "1",
      description = "Fewest tokens per side (default: ${DEFAULT-VALUE}).")
  int minLength;

  @Option(names = "--max-length", paramLabel = "N", defaultValue = "100",
      description = "Most tokens per side (default: ${DEFAULT-VALUE}).")
  int maxLength;

  @Option(names = "--max-ratio", paramLabel = "R", defaultValue = "3.0",
      description = "Largest ratio of the longer side's tokens to the shorter's "
          + "(default: ${DEFAULT-VALUE}).")
  double maxRatio;

  @Option(names = "--keep-empty", description = "Keep pairs with an empty side "
      + "(then --min-length 0 keeps them past the length rule too).")
  boolean keepEmpty;

  @Option(names = "--keep-duplicates", description = "Keep repeated pairs.")
  boolean keepDuplicates;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    CleaningRules rules;
    try {
      rules = new CleaningRules(!keepEmpty, minLength, maxLength, maxRatio, !keepDuplicates);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    CleanReport report;
    try (ProgressBar bar = CorpusCommand.progress("clean", "pairs", -1)) {
      report = new ParallelCleaner(rules).clean(new ParallelTextCorpus(source, target),
          outSource, outTarget, bar::stepTo);
    }
    if (format.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("source", source.toString());
      json.put("target", target.toString());
      json.put("outSource", outSource.toString());
      json.put("outTarget", outTarget.toString());
      json.put("read", report.read());
      json.put("kept", report.kept());
      json.put("removed", report.removed());
      CorpusCommand.printJson(spec, json);
    } else {
      var out = spec.commandLine().getOut();
      out.println("read " + report.read() + " pairs, kept " + report.kept() + " ("
          + percent(report.kept(), report.read()) + ")");
      report.removed().forEach((rule, n) -> out.println(
          String.format(Locale.ROOT, "  removed by %-10s %d", rule + ":", n)));
      out.println("wrote " + outSource + " and " + outTarget);
      out.flush();
    }
    return 0;
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
  }
}
