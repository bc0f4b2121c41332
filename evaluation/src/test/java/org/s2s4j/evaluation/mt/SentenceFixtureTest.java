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

/** The 15 sentence-level cases of the shared fixtures, read from their file. */
class SentenceFixtureTest {

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    SharedFixtures.json("sentence_cases.json").get("cases").forEach(c -> {
      List<String> refs = new ArrayList<>();
      c.get("references").forEach(r -> refs.add(r.asText()));
      out.add(Arguments.of(c.get("id").asText(), c.get("hypothesis").asText(), refs, c));
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sentenceBleu(String id, String hyp, List<String> refs, JsonNode c) {
    JsonNode e = c.get("expected_sentence_bleu");
    BleuScore s = new Bleu(BleuOptions.sentenceDefaults()).sentenceScore(hyp, refs);
    assertClose(e.get("score").asDouble(), s.score(), id + " score");
    for (int n = 0; n < 4; n++) {
      assertEquals(e.get("counts").get(n).asLong(), s.counts()[n], id + " counts");
      assertEquals(e.get("totals").get(n).asLong(), s.totals()[n], id + " totals");
      assertClose(e.get("precisions").get(n).asDouble(), s.precisions()[n], id + " precisions");
    }
    assertClose(e.get("bp").asDouble(), s.bp(), id + " bp");
    assertEquals(e.get("sys_len").asLong(), s.sysLen(), id + " sys_len");
    assertEquals(e.get("ref_len").asLong(), s.refLen(), id + " ref_len");
    assertEquals(e.get("formatted").asText(), s.toString(), id + " formatted");
    assertSignature(e.get("signature").asText(), s.signature().format());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sentenceBleuLowercasedAndUntokenized(String id, String hyp, List<String> refs,
      JsonNode c) {
    assertClose(c.get("expected_sentence_bleu_lowercase").asDouble(),
        new Bleu(BleuOptions.sentenceDefaults().lowercase(true)).sentenceScore(hyp, refs).score(),
        id + " lowercase");
    assertClose(c.get("expected_sentence_bleu_tokenize_none").asDouble(),
        new Bleu(BleuOptions.sentenceDefaults().tokenize("none")).sentenceScore(hyp, refs)
            .score(), id + " tokenize none");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sentenceChrfAndChrfPlusPlus(String id, String hyp, List<String> refs, JsonNode c) {
    ChrfScore chrf = new Chrf().sentenceScore(hyp, refs);
    assertClose(c.get("expected_sentence_chrf").get("score").asDouble(), chrf.score(), id);
    assertEquals(c.get("expected_sentence_chrf").get("formatted").asText(), chrf.toString());
    ChrfScore pp = new Chrf(ChrfOptions.plusPlus()).sentenceScore(hyp, refs);
    assertClose(c.get("expected_sentence_chrf++").get("score").asDouble(), pp.score(), id);
    assertEquals(c.get("expected_sentence_chrf++").get("formatted").asText(), pp.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sentenceTer(String id, String hyp, List<String> refs, JsonNode c) {
    JsonNode e = c.get("expected_sentence_ter");
    TerScore ter = new Ter().sentenceScore(hyp, refs);
    assertClose(e.get("score").asDouble(), ter.score(), id + " TER");
    assertEquals(e.get("num_edits").asLong(), ter.numEdits(), id + " edits");
    assertClose(e.get("ref_length").asDouble(), ter.refLength(), id + " ref length");
    assertEquals(e.get("formatted").asText(), ter.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void thirteenATokenization(String id, String hyp, List<String> refs, JsonNode c) {
    Nist13aTokenizer tok = new Nist13aTokenizer();
    assertEquals(c.get("tokenized_13a").get("hypothesis").asText(), tok.tokenize(hyp), id);
    for (int r = 0; r < refs.size(); r++) {
      assertEquals(c.get("tokenized_13a").get("references").get(r).asText(),
          tok.tokenize(refs.get(r)), id);
    }
  }
}
