package org.s2s4j.evaluation.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.s2s4j.evaluation.mt.SharedFixtures.assertClose;
import static org.s2s4j.evaluation.mt.SharedFixtures.assertSignature;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Corpus BLEU, chrF and TER against sacreBLEU 2.6.0's numbers on the shared fixtures. */
class BleuFixtureTest {

  private static final String[] SETTINGS = {"default", "tokenize_intl", "tokenize_none",
      "lowercase"};

  static BleuOptions optionsFor(String setting) {
    return switch (setting) {
      case "default" -> BleuOptions.defaults();
      case "tokenize_intl" -> BleuOptions.defaults().tokenize("intl");
      case "tokenize_none" -> BleuOptions.defaults().tokenize("none");
      case "lowercase" -> BleuOptions.defaults().lowercase(true);
      default -> throw new IllegalArgumentException(setting);
    };
  }

  /** (label, hypothesis file, reference files, expected node) for every scored corpus. */
  static Stream<Arguments> corpora() throws IOException {
    JsonNode root = SharedFixtures.json("expected.json");
    List<Arguments> out = new ArrayList<>();
    JsonNode wmt = root.get("wmt17_en_de");
    wmt.get("systems").fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(),
        e.getValue().get("hypothesis_file").asText(),
        List.of(wmt.get("reference_file").asText()), e.getValue())));
    JsonNode m30k = root.get("multi30k_task2_val_multiref");
    List<String> refs = new ArrayList<>();
    m30k.get("reference_files").forEach(n -> refs.add(n.asText()));
    out.add(Arguments.of("multi30k-4refs", m30k.get("hypothesis_file").asText(), refs, m30k));
    return out.stream();
  }

  private static List<List<String>> read(List<String> files) throws IOException {
    List<List<String>> streams = new ArrayList<>();
    for (String f : files) {
      streams.add(SharedFixtures.lines(f));
    }
    return streams;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void bleuMatchesSacrebleuInEverySetting(String label, String hypFile, List<String> refFiles,
      JsonNode expected) throws IOException {
    List<String> hyps = SharedFixtures.lines(hypFile);
    List<List<String>> refs = read(refFiles);
    for (String setting : SETTINGS) {
      JsonNode e = expected.get("bleu").get(setting);
      BleuScore s = new Bleu(optionsFor(setting)).corpusScore(hyps, refs);
      String what = label + " " + setting;
      assertClose(e.get("score").asDouble(), s.score(), what + " score");
      for (int n = 0; n < 4; n++) {
        assertEquals(e.get("counts").get(n).asLong(), s.counts()[n], what + " counts");
        assertEquals(e.get("totals").get(n).asLong(), s.totals()[n], what + " totals");
        assertClose(e.get("precisions").get(n).asDouble(), s.precisions()[n], what + " precision");
      }
      assertClose(e.get("bp").asDouble(), s.bp(), what + " bp");
      assertEquals(e.get("sys_len").asLong(), s.sysLen(), what + " sys_len");
      assertEquals(e.get("ref_len").asLong(), s.refLen(), what + " ref_len");
      assertEquals(e.get("formatted").asText(), s.toString(), what + " formatted");
      assertSignature(e.get("signature").asText(), s.signature().format());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void chrfAndChrfPlusPlusMatchSacrebleu(String label, String hypFile, List<String> refFiles,
      JsonNode expected) throws IOException {
    List<String> hyps = SharedFixtures.lines(hypFile);
    List<List<String>> refs = read(refFiles);
    ChrfScore chrf = new Chrf().corpusScore(hyps, refs);
    assertClose(expected.get("chrf").get("score").asDouble(), chrf.score(), label + " chrF2");
    assertEquals(expected.get("chrf").get("formatted").asText(), chrf.toString());
    assertSignature(expected.get("chrf").get("signature").asText(), chrf.signature().format());
    ChrfScore pp = new Chrf(ChrfOptions.plusPlus()).corpusScore(hyps, refs);
    assertClose(expected.get("chrf++").get("score").asDouble(), pp.score(), label + " chrF++");
    assertEquals(expected.get("chrf++").get("formatted").asText(), pp.toString());
    assertSignature(expected.get("chrf++").get("signature").asText(), pp.signature().format());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void terMatchesSacrebleu(String label, String hypFile, List<String> refFiles,
      JsonNode expected) throws IOException {
    List<String> hyps = SharedFixtures.lines(hypFile);
    TerScore ter = new Ter().corpusScore(hyps, read(refFiles));
    JsonNode e = expected.get("ter");
    assertClose(e.get("score").asDouble(), ter.score(), label + " TER");
    assertEquals(e.get("num_edits").asLong(), ter.numEdits(), label + " TER edits");
    assertClose(e.get("ref_length").asDouble(), ter.refLength(), label + " TER ref length");
    assertEquals(e.get("formatted").asText(), ter.toString());
    assertSignature(e.get("signature").asText(), ter.signature().format());
  }

  @org.junit.jupiter.api.Test
  void singleReferenceOfTheMultiReferenceSet() throws IOException {
    JsonNode root = SharedFixtures.json("expected.json").get("multi30k_task2_val_multiref");
    JsonNode e = root.get("bleu_single_ref4_default");
    BleuScore s = new Bleu().corpusScore(SharedFixtures.lines("multi30k/val.hyp.en"),
        List.of(SharedFixtures.lines("multi30k/val.ref4.en")));
    assertClose(e.get("score").asDouble(), s.score(), "single ref4");
    assertEquals(e.get("ref_len").asLong(), s.refLen());
    assertEquals(e.get("formatted").asText(), s.toString());
  }
}
