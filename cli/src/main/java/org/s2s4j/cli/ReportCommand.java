package org.s2s4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.s2s4j.cli.report.DecodeResults;
import org.s2s4j.cli.report.RunReport;
import org.s2s4j.seq2seq.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code s2s report}: (re)builds a run directory's {@code report.html}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Build report.html (curves, scores, samples, attention heatmaps) for a run directory.",
    description = {
        "Builds RUN/report.html, a self-contained page (plots embedded) that opens in any",
        "browser, with its PNG plots beside it: training curves (loss, dev BLEU and",
        "scheduled-sampling eps against steps and training time) from train.jsonl, final",
        "scores, the copy-the-source baseline, sample translations with attention heatmaps and",
        "decoding speed from decode.json, data statistics and provenance from metadata.json,",
        "and config.yaml. Sections whose files are missing say so.",
        "",
        "With --source and --reference it first decodes SOURCE with the run's best checkpoint",
        "(beam search), scores it against REFERENCE and saves RUN/decode.json and RUN/test.hyp,",
        "so that the report of an 's2s train' run gets scores, samples and heatmaps too."},
    footer = {"", "Examples:",
        "  s2s report --run runs/quickstart-20250101-120000",
        "  s2s report --run runs/en-de --source data/multi30k/task1/tok/test_2016_flickr.lc.norm.tok.en \\",
        "      --reference data/multi30k/task1/tok/test_2016_flickr.lc.norm.tok.de",
        "  s2s report --run runs/en-de --format json"})
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "The run directory (of s2s train or s2s quickstart).")
  Path run;

  @Option(names = "--source", paramLabel = "FILE",
      description = "Tokenized test source to decode first (needs --reference).")
  Path source;

  @Option(names = "--reference", paramLabel = "FILE",
      description = "Its tokenized reference, line-aligned.")
  Path reference;

  @Option(names = "--beam", paramLabel = "K", defaultValue = "5",
      description = "Beam size with --source (default: ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "4",
      description = "Samples with heatmaps with --source (default: ${DEFAULT-VALUE}).")
  int samples;

  @Mixin EngineOptions engine;

  @Mixin FormatOption format;

  @Override
  public Integer call() throws Exception {
    if ((source == null) != (reference == null)) {
      throw new ParameterException(spec.commandLine(),
          "--source and --reference go together: give both or neither");
    }
    if (beam < 1 || samples < 0) {
      throw new ParameterException(spec.commandLine(), "--beam must be >= 1 and --samples >= 0");
    }
    if (source != null) {
      if (!Files.isDirectory(run)) {
        throw new IllegalArgumentException("run directory not found: " + run);
      }
      DecodeResults results;
      try (TrainedModel model = TrainedModel.load(run, engine.engine, engine.device)) {
        results = new TestSetDecoder(beam, samples, 0, true).decode(model, "test", source,
            reference, run.resolve("test.hyp"));
      }
      results.save(run);
    }
    Path page = RunReport.write(run);
    if (format.json()) {
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
