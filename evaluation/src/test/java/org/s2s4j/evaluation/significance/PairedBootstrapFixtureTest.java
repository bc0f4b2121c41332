package org.s2s4j.evaluation.significance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.s2s4j.corpora.io.Utf8LineReader;
import org.s2s4j.evaluation.Metric;
import org.s2s4j.evaluation.mt.Bleu;
import org.s2s4j.evaluation.mt.Chrf;
import org.s2s4j.evaluation.mt.Ter;

/** sacreBLEU 2.6.0's paired bootstrap on WMT17 KIT vs LIUM (shared fixtures). */
class PairedBootstrapFixtureTest {

  private static Path dir() {
    Path d = Path.of(System.getProperty("s2s4j.shared", "../../shared")).resolve("fixtures/bleu");
    Assumptions.assumeTrue(Files.isRegularFile(d.resolve("expected.json")),
        () -> "sacreBLEU fixtures not found at " + d.toAbsolutePath() + "; skipping");
    return d;
  }

  private static List<String> lines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (Utf8LineReader r = Utf8LineReader.open(file)) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
    }
    return out;
  }

  static Stream<Arguments> metrics() {
    return Stream.of(Arguments.of("BLEU", new Bleu()), Arguments.of("chrF2", new Chrf()),
        Arguments.of("TER", new Ter()));
  }

  private static void close(double expected, double actual, String what) {
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    assertTrue(expected == actual || Math.abs(expected - actual) <= 1e-9 * scale,
        () -> what + ": expected " + expected + " but was " + actual);
  }

  /**
   * Approximate randomization, BLEU, 1000 trials and 200 confidence resamples. The fixtures have
   * no AR values; these were computed with NumPy ({@code default_rng(12345)}) following
   * sacreBLEU's {@code _paired_ar_test} and {@code _bootstrap_resample} on the same statistics.
   */
  @org.junit.jupiter.api.Test
  void approximateRandomizationFollowsNumpysStream() throws IOException {
    Path d = dir();
    List<String> ref = lines(d.resolve("wmt17/newstest2017.ref.de"));
    List<String> kit = lines(d.resolve("wmt17/newstest2017.KIT.4950.en-de.hyp.de"));
    List<String> lium = lines(d.resolve("wmt17/newstest2017.LIUM-NMT.4900.en-de.hyp.de"));
    PairedTestResult r = new ApproximateRandomization(1000, 200, 12345).run(new Bleu(),
        List.of("KIT", "LIUM"), List.of(kit, lium), List.of(ref));
    SystemResult s = r.systems().get(0);
    assertEquals(16.0 / 1001, s.pValue().getAsDouble());
    assertEquals(26.624014837210307, s.mean().getAsDouble());
    assertEquals(0.6508559938854912, s.ci().getAsDouble());
    assertEquals(26.088630272703146, r.baseline().mean().getAsDouble());
    assertEquals(0.6905235784126216, r.baseline().ci().getAsDouble());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("metrics")
  void pValuesMeansAndIntervalsMatchSacrebleu(String name, Metric<?> metric) throws IOException {
    Path d = dir();
    JsonNode pb = new ObjectMapper().readTree(d.resolve("expected.json").toFile())
        .get("wmt17_en_de").get("paired_bootstrap");
    List<String> ref = lines(d.resolve("wmt17/newstest2017.ref.de"));
    List<String> kit = lines(d.resolve("wmt17/newstest2017.KIT.4950.en-de.hyp.de"));
    List<String> lium = lines(d.resolve("wmt17/newstest2017.LIUM-NMT.4900.en-de.hyp.de"));
    PairedTestResult r = new PairedBootstrap(1000, 12345).run(metric,
        List.of("KIT", "LIUM"), List.of(kit, lium), List.of(ref));
    JsonNode e = pb.get("metrics").get(name);
    close(e.get("baseline").get("score").asDouble(), r.baseline().score(), name + " bl score");
    close(e.get("baseline").get("mean").asDouble(), r.baseline().mean().getAsDouble(),
        name + " bl mean");
    close(e.get("baseline").get("ci").asDouble(), r.baseline().ci().getAsDouble(),
        name + " bl ci");
    SystemResult s = r.systems().get(0);
    close(e.get("system").get("score").asDouble(), s.score(), name + " sys score");
    close(e.get("system").get("p_value").asDouble(), s.pValue().getAsDouble(), name + " p");
    close(e.get("system").get("mean").asDouble(), s.mean().getAsDouble(), name + " sys mean");
    close(e.get("system").get("ci").asDouble(), s.ci().getAsDouble(), name + " sys ci");
    String sig = r.signature().format();
    assertEquals(pb.get("signatures").get(name).asText().replaceAll("\\|version:.*$", ""),
        sig.replaceAll("\\|version:.*$", ""));
  }
}
