package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.s2s4j.corpora.io.AtomicOutput;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.MetricResult;
import org.s2s4j.evaluation.significance.PairedTestResult;
import org.s2s4j.evaluation.significance.SystemResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one metric for {@code s2s score} and renders the result as text or JSON. Everything is
 * computed before anything is written, so a failure never leaves partial output.
 */
final class ScoreReport<R extends MetricResult> {

  private static final Logger LOG = LoggerFactory.getLogger(ScoreReport.class);

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final ScoreInputs in;
  private final Metric<R> metric;
  private final Function<R, ObjectNode> details;
  private final Function<R, String> verbose;

  /**
   * @param details the metric-specific JSON fields after name and score
   * @param verbose the text after the score (empty for none)
   */
  ScoreReport(ScoreInputs in, Metric<R> metric, Function<R, ObjectNode> details,
      Function<R, String> verbose) {
    this.in = in;
    this.metric = metric;
    this.details = details;
    this.verbose = verbose;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  int run() throws IOException {
    in.validate();
    long start = System.nanoTime();
    List<List<String>> systems;
    List<List<String>> refs;
    CompletableFuture<List<List<String>>> hypotheses = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readHypotheses();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    List<List<String>> references = ScoreInputs.readAll(in.refs);
    try {
      systems = hypotheses.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
    refs = in.checkReferences(references, systems.get(0).size(), in.hyps.get(0));
    LOG.debug("read {} system(s) and {} reference stream(s) of {} segments in {} ms",
        systems.size(), refs.size(), systems.get(0).size(), (System.nanoTime() - start) / 1000000);
    String out;
    if (in.paired()) {
      PairedTestResult r = in.pairedBs
          ? in.bootstrap().run(metric, in.names(), systems, refs)
          : in.randomization().run(metric, in.names(), systems, refs);
      out = in.format.json() ? pairedJson(r) : pairedText(r);
    } else {
      StringBuilder text = new StringBuilder();
      ArrayNode array = JSON.createArrayNode();
      for (int s = 0; s < systems.size(); s++) {
        R r = metric.corpusScore(systems.get(s), refs);
        ObjectNode node = resultJson(r);
        if (systems.size() > 1) {
          node.put("hyp", in.hyps.get(s).toString());
        }
        array.add(node);
        if (systems.size() > 1) {
          text.append(in.hyps.get(s)).append(": ");
        }
        text.append(resultText(r)).append('\n');
      }
      out = !in.format.json() ? text.toString()
          : JSON.writeValueAsString(array.size() == 1 ? array.get(0) : array) + "\n";
    }
    LOG.debug("scored in {} ms", (System.nanoTime() - start) / 1000000);
    write(out);
    return 0;
  }

  private void write(String text) throws IOException {
    if (in.output == null) {
      PrintWriter w = in.spec.commandLine().getOut();
      w.print(text);
      w.flush();
      return;
    }
    try (AtomicOutput out = AtomicOutput.create(in.output)) {
      Writer w = out.writer();
      w.write(text);
      out.commit();
    }
  }

  private ObjectNode resultJson(R r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", r.name());
    node.put("score", r.score());
    node.setAll(details.apply(r));
    node.put("signature", r.signature().format());
    return node;
  }

  private String fixed(double x) {
    return new BigDecimal(x).setScale(in.width, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** {@code BLEU|nrefs:1|...|version:... = 26.08 57.9/31.9/...}, as sacreBLEU prints it. */
  private String resultText(R r) {
    String v = verbose.apply(r);
    return r.name() + "|" + r.signature().format() + " = " + fixed(r.score())
        + (v.isEmpty() ? "" : " " + v);
  }

  private String pairedText(PairedTestResult r) {
    boolean bs = in.pairedBs;
    StringBuilder sb = new StringBuilder();
    sb.append(bs ? "Paired bootstrap resampling (" + in.pairedBsN + " resamples"
        : "Paired approximate randomization (" + in.pairedArN + " trials")
        .append(", seed ").append(in.seed).append(")\n");
    sb.append(r.metric()).append('|').append(r.signature().format()).append('\n');
    int nameWidth = "system".length();
    for (String n : in.names()) {
      nameWidth = Math.max(nameWidth, n.length() + "baseline: ".length());
    }
    String rowFormat = "%-" + nameWidth + "s  %10s  %24s  %8s%n";
    sb.append(String.format(rowFormat, "system", r.metric(), "mean ± 95% CI", "p-value"));
    sb.append(row(rowFormat, "baseline: " + r.baseline().system(), r.baseline()));
    for (SystemResult s : r.systems()) {
      sb.append(row(rowFormat, s.system(), s));
    }
    sb.append("p-value: probability of a difference at least this large by chance "
        + "(the system differs significantly from the baseline when p < 0.05).\n");
    return sb.toString();
  }

  private String row(String format, String name, SystemResult s) {
    String ci = s.mean().isPresent()
        ? fixed(s.mean().getAsDouble()) + " ± " + fixed(s.ci().getAsDouble()) : "";
    String p = s.pValue().isPresent()
        ? new BigDecimal(s.pValue().getAsDouble()).setScale(4, RoundingMode.HALF_EVEN)
            .toPlainString() + (s.pValue().getAsDouble() < 0.05 ? "*" : " ")
        : "";
    return String.format(format, name, fixed(s.score()), ci, p).stripTrailing() + "\n";
  }

  private String pairedJson(PairedTestResult r) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", r.metric());
    root.put("test", in.pairedBs ? "bs" : "ar");
    root.put("samples", in.pairedBs ? in.pairedBsN : in.pairedArN);
    root.put("seed", in.seed);
    root.put("signature", r.signature().format());
    root.set("baseline", systemJson(r.baseline()));
    ArrayNode systems = root.putArray("systems");
    for (SystemResult s : r.systems()) {
      systems.add(systemJson(s));
    }
    return JSON.writeValueAsString(root) + "\n";
  }

  private static ObjectNode systemJson(SystemResult s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("hyp", s.system());
    node.put("score", s.score());
    s.pValue().ifPresent(p -> node.put("p_value", p));
    s.mean().ifPresent(m -> node.put("mean", m));
    s.ci().ifPresent(c -> node.put("ci", c));
    return node;
  }
}
