package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.cli.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code s2s report}: (re)builds a run directory's {@code report.html}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
        "Builds RUN/report.html, a self-contained page (plots embedded) that opens in any",
        "browser, with its PNG plots beside it: training curves (loss, dev BLEU and",
        "scheduled-sampling eps against steps and training time) from train.jsonl, final",
        "scores, the copy-the-source baseline, sample translations with attention heatmaps and",
        "decoding speed from decode.json, data statistics and provenance from metadata.json,",
        "and config.yaml. Sections whose files are missing say so."},
    footer = {"", "Examples:",
        "  s2s report --run runs/quickstart-20250101-120000",
        "  s2s report --run runs/en-de --format json"})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "The run directory (of s2s train or s2s quickstart).")
  Path run;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  CorpusCommand.Format format;

  @Override
  public Integer call() throws Exception {
    Path page = RunReport.write(run);
    if (format == CorpusCommand.Format.json) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("report", page.toString());
      CorpusCommand.printJson(spec, json);
    } else {
      spec.commandLine().getOut().println("wrote " + page);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }
}
