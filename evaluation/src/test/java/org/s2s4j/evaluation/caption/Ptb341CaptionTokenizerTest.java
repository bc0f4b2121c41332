package org.s2s4j.evaluation.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Ptb341CaptionTokenizerTest {

  private static final Ptb341CaptionTokenizer TOKENIZER = Ptb341CaptionTokenizer.create();

  private static String tok(String caption) {
    return TOKENIZER.tokenize(List.of(caption)).get(0);
  }

  @Test
  void lowerCasesAndRemovesPunctuationTokens() {
    assertEquals("a man in a t-shirt and a blue-green hat",
        tok("A man in a t-shirt and a blue-green hat."));
    assertEquals("a dog runs fast really fast", tok("A dog... runs -- fast - really fast!"));
  }

  @Test
  void bracketTokensStayBecauseThePunctuationListIsUpperCase() {
    assertEquals("a child -lrb- about 5 years old -rrb- plays",
        tok("A child (about 5 years old) plays."));
    assertEquals("a -lcb- b -rcb- -lsb- c -rsb-", tok("A {b} [c]"));
  }

  @Test
  void quotesAndDashesAreRemovedAndEntitiesDecoded() {
    assertEquals("a sign says welcome", tok("A sign says \"Welcome\""));
    assertEquals("tom & jerry < 3", tok("Tom &amp; Jerry &lt;3"));
    assertEquals("em dash curly", tok("em—dash “curly” …"));
  }

  @Test
  void keepsApostropheLessContractionsWholeButSplitsAssimilations() {
    assertEquals("theyre dont gon na can not", tok("theyre dont gonna cannot"));
  }

  @Test
  void dropsCharactersOutsideTheBmp() {
    assertEquals("a dog and a cat", tok("A dog 🐕 and a cat."));
  }

  @Test
  void emptyAndPunctuationOnlyCaptionsKeepTheirPlace() {
    assertEquals(List.of("a", "", "", "b"), TOKENIZER.tokenize(List.of("A", "", "? .", "b")));
    assertEquals(List.of("", "", "b"), TOKENIZER.tokenize(List.of("", "", "b")));
  }

  @Test
  void combinedPunctuationIsOneTokenAndNotInTheList() {
    assertEquals("wow ?!", tok("Wow?!"));
  }

  @Test
  void lineSeparatorsInsideACaptionDoNotShiftLaterCaptions() {
    assertEquals(List.of("a b c d e f g", "next"),
        TOKENIZER.tokenize(List.of("a\nb\rc\u2028d\u000Ce\u000Bf\u2029g", "next")));
  }

  @Test
  void emptyBatchIsEmpty() {
    assertEquals(List.of(), TOKENIZER.tokenize(List.of()));
  }

  @Test
  void probeLinesMatchCorenlp341() throws IOException {
    JsonNode cases = CocoFixtures.json("tokenizer_probe.json").get("cases");
    List<String> raw = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (JsonNode c : cases) {
      raw.add(c.get("raw").textValue());
      expected.add(c.get("3.4.1_after_punctuation_removal").textValue());
    }
    assertEquals(expected, TOKENIZER.tokenize(raw));
  }

  @Test
  void everyReferenceLineMatchesTheReferenceTokenization() throws IOException {
    JsonNode annotations = CocoFixtures.json("annotations.json").get("annotations");
    List<String> raw = new ArrayList<>();
    for (JsonNode a : annotations) {
      raw.add(a.get("caption").textValue());
    }
    List<String> expected = new ArrayList<>();
    JsonNode refs = CocoFixtures.json("tokenized/refs_tok.json");
    for (Iterator<Map.Entry<String, JsonNode>> it = refs.fields(); it.hasNext(); ) {
      it.next().getValue().forEach(r -> expected.add(r.textValue()));
    }
    assertLinesEqual(expected, TOKENIZER.tokenize(raw));
  }

  @Test
  void everyCandidateLineMatchesTheReferenceTokenization() throws IOException {
    for (String set : List.of("caption1", "shuffled")) {
      List<String> raw = new ArrayList<>();
      CocoFixtures.json("results_" + set + ".json").forEach(r -> raw.add(r.get("caption").textValue()));
      List<String> expected = new ArrayList<>();
      CocoFixtures.json("tokenized/cands_" + set + "_tok.json").forEach(c -> expected.add(c.textValue()));
      assertLinesEqual(expected, TOKENIZER.tokenize(raw));
    }
  }

  @Test
  void linesWhereCorenlp4DiffersGetThe341Tokens() throws IOException {
    JsonNode annotations = CocoFixtures.json("annotations.json").get("annotations");
    List<String> raw = new ArrayList<>();
    Map<String, Integer> firstRef = new HashMap<>();
    for (JsonNode a : annotations) {
      firstRef.putIfAbsent(a.get("image_id").asText(), raw.size());
      raw.add(a.get("caption").textValue());
    }
    List<String> refs = TOKENIZER.tokenize(raw);
    List<String> cands = new ArrayList<>();
    CocoFixtures.json("results_caption1.json").forEach(r -> cands.add(r.get("caption").textValue()));
    List<String> candTokens = TOKENIZER.tokenize(cands);
    JsonNode diff = CocoFixtures.json("tokenizer_3.4.1_vs_4.5.10.json");
    int checked = 0;
    for (String variant : List.of("4.5.10_default", "4.5.10_legacy_options")) {
      for (JsonNode d : diff.get("refs").get(variant).get("differences")) {
        int line = firstRef.get(d.get("image_id").asText()) + d.get("ref_index").asInt();
        assertEquals(d.get("raw").textValue(), raw.get(line));
        assertEquals(d.get("3.4.1").textValue(), refs.get(line), d.toString());
        checked++;
      }
      for (JsonNode d : diff.get("caption1").get(variant).get("differences")) {
        int line = d.get("image_id").asInt() - 1;
        assertEquals(d.get("3.4.1").textValue(), candTokens.get(line), d.toString());
        checked++;
      }
    }
    assertEquals(175 + 112 + 1, checked);
  }

  private static void assertLinesEqual(List<String> expected, List<String> actual) {
    assertEquals(expected.size(), actual.size(), "line count");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "line " + (i + 1));
    }
  }
}
