package org.s2s4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.evaluation.mt.BleuOptions;
import org.s2s4j.evaluation.mt.BleuScore;
import org.s2s4j.evaluation.mt.BleuSmoothing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code s2s score bleu}: corpus BLEU as sacreBLEU computes it. */
@Command(
    name = "bleu",
    description = "Corpus BLEU, identical to sacreBLEU 2.x (defaults: 13a tokenizer, "
        + "case-sensitive, exp smoothing). Scores are 0-100.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    footer = {"", "Examples:",
        "  s2s score bleu --hyp out.de --ref newstest2017.ref.de",
        "  s2s score bleu --hyp out.en --ref r1.en --ref r2.en --tokenize intl -lc",
        "  s2s score bleu --hyp out.en --ref ref.en --format json",
        "  s2s score bleu --hyp base.de --hyp new.de --ref ref.de --paired-bs",
        "", "Text output: BLEU|SIGNATURE = SCORE P1/P2/P3/P4 (BP, ratio, hyp_len, ref_len).",
        "JSON output: name, score, counts, totals, precisions, bp, sys_len, ref_len,",
        "signature."})
final class ScoreBleuCommand implements Callable<Integer> {

  @Mixin
  ScoreInputs in;

  @Option(names = {"-tok", "--tokenize"}, paramLabel = "T", defaultValue = "13a",
      description = "Tokenizer: 13a, intl, zh, char or none (default: ${DEFAULT-VALUE}).")
  String tokenize;

  @Option(names = {"-lc", "--lowercase"}, description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(names = {"-s", "--smooth-method"}, paramLabel = "M", defaultValue = "exp",
      description = "Smoothing: exp, floor, add-k or none (default: ${DEFAULT-VALUE}).")
  String smooth;

  @Option(names = {"-sv", "--smooth-value"}, paramLabel = "V",
      description = "Value for floor (default 0.1) or add-k (default 1).")
  Double smoothValue;

  @Option(names = {"-e", "--effective-order"},
      description = "Use the effective n-gram order (meant for sentence-level BLEU).")
  boolean effectiveOrder;

  @Option(names = "--max-ngram-order", paramLabel = "N", defaultValue = "4",
      description = "Highest n-gram order (default: ${DEFAULT-VALUE}).")
  int maxNgramOrder;

  @Override
  public Integer call() throws Exception {
    BleuOptions options;
    try {
      options = BleuOptions.defaults().tokenize(tokenize).lowercase(lowercase)
          .smoothing(BleuSmoothing.byId(smooth)).effectiveOrder(effectiveOrder)
          .maxNgramOrder(maxNgramOrder);
      if (smoothValue != null) {
        options = options.smoothValue(smoothValue);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(in.spec.commandLine(), e.getMessage());
    }
    return new ScoreReport<>(in, new Bleu(options), ScoreBleuCommand::details,
        BleuScore::verbose).run();
  }

  private static ObjectNode details(BleuScore s) {
    ObjectNode node = ScoreReport.object();
    long[] counts = s.counts();
    long[] totals = s.totals();
    double[] precisions = s.precisions();
    var c = node.putArray("counts");
    var t = node.putArray("totals");
    var p = node.putArray("precisions");
    for (int i = 0; i < counts.length; i++) {
      c.add(counts[i]);
      t.add(totals[i]);
      p.add(precisions[i]);
    }
    node.put("bp", s.bp());
    node.put("sys_len", s.sysLen());
    node.put("ref_len", s.refLen());
    return node;
  }
}
