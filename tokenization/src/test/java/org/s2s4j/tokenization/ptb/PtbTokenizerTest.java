package org.s2s4j.tokenization.ptb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.s2s4j.tokenization.SharedData;

class PtbTokenizerTest {

  @Test
  void equalsCoreNlp4510OnTheProbeLines() throws IOException {
    Path probe = SharedData.require("fixtures/coco/tokenizer_probe.json");
    JsonNode cases = new ObjectMapper().readTree(probe.toFile()).get("cases");
    List<String> raw = new ArrayList<>();
    cases.forEach(c -> raw.add(c.get("raw").asText()));
    assertEquals(18, raw.size());
    List<List<String>> defaults = new PtbTokenizer(true).tokenizeLines(raw);
    List<List<String>> legacy =
        new PtbTokenizer(true, PtbTokenizer.LEGACY_OPTIONS).tokenizeLines(raw);
    for (int i = 0; i < raw.size(); i++) {
      JsonNode c = cases.get(i);
      assertEquals(c.get("4.5.10_default_tokenizer_output").asText(),
          String.join(" ", defaults.get(i)), raw.get(i));
      assertEquals(c.get("4.5.10_legacy_options_tokenizer_output").asText(),
          String.join(" ", legacy.get(i)), raw.get(i));
    }
  }

  @Test
  void aLineOnItsOwnIsTokenizedAsTheLastLine() {
    PtbTokenizer ptb = new PtbTokenizer(true);
    assertEquals(List.of("in", "the", "u.s."), ptb.tokenize("in the U.S."));
    // before a capitalised line, CoreNLP takes the abbreviation's period as a sentence end too
    assertEquals(List.of(List.of("in", "the", "u.s.", "."), List.of("a", "dog")),
        ptb.tokenizeLines(List.of("in the U.S.", "A dog")));
  }

  @Test
  void splitsPunctuationAndContractions() {
    // Penn Treebank conventions: n't and 's are tokens, a final period is split off
    assertEquals(List.of("They", "do", "n't", "know", "John", "'s", "dog", "."),
        new PtbTokenizer(false).tokenize("They don't know John's dog."));
  }

  @Test
  void lowercasesTokensAfterEscaping() {
    assertEquals(List.of("-lrb-", "a", "-rrb-"),
        new PtbTokenizer(true, PtbTokenizer.LEGACY_OPTIONS).tokenize("(A)"));
  }
}
