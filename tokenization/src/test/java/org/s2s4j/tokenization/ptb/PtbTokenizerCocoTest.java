package org.s2s4j.tokenization.ptb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.s2s4j.tokenization.SharedData;

/**
 * The COCO caption evaluation's tokenization step (PTBTokenizer -preserveLines -lowerCase over
 * all captions, then removal of punctuation tokens) on Multi30k val: 4056 references and 1014
 * candidates, against CoreNLP 4.5.10's output in the shared fixtures (the 3.4.1 reference strings
 * where 4.5.10 agrees with them, the listed 4.5.10 strings where it does not).
 */
class PtbTokenizerCocoTest {

  private static final Set<String> PUNCTUATIONS = Set.of("''", "'", "``", "`", "-LRB-", "-RRB-",
      "-LCB-", "-RCB-", ".", "?", "!", ",", ":", "-", "--", "...", ";");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({"4.5.10_default, ''", "4.5.10_legacy_options, ptb3Escaping=true;splitHyphenated=false;splitForwardSlash=false"})
  void everyCaptionEqualsCoreNlp(String variant, String options) throws IOException {
    Path coco = SharedData.require("fixtures/coco");
    PtbTokenizer ptb = new PtbTokenizer(true, options.replace(';', ','));
    JsonNode diff = JSON.readTree(coco.resolve("tokenizer_3.4.1_vs_4.5.10.json").toFile());

    // references: images in file order, each image's annotations in file order
    JsonNode annotations = JSON.readTree(coco.resolve("annotations.json").toFile());
    Map<Integer, List<String>> refs = new LinkedHashMap<>();
    annotations.get("images").forEach(img -> refs.put(img.get("id").asInt(), new ArrayList<>()));
    annotations.get("annotations").forEach(a ->
        refs.get(a.get("image_id").asInt()).add(a.get("caption").asText()));
    JsonNode refsTok = JSON.readTree(coco.resolve("tokenized/refs_tok.json").toFile());
    Map<String, String> refDiffs = differences(diff.get("refs").get(variant), variant);
    List<String> lines = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    refs.forEach((image, captions) -> {
      for (int i = 0; i < captions.size(); i++) {
        lines.add(captions.get(i).replace('\n', ' '));
        String key = image + ":" + i; // ref_index is 0-based
        expected.add(refDiffs.getOrDefault(key, refsTok.get(image.toString()).get(i).asText()));
      }
    });
    assertEquals(4056, lines.size());
    assertAllEqual(expected, ptb.tokenizeLines(lines));

    // candidates (caption 1), tokenized in a separate call as the evaluation does
    JsonNode results = JSON.readTree(coco.resolve("results_caption1.json").toFile());
    JsonNode candsTok = JSON.readTree(coco.resolve("tokenized/cands_caption1_tok.json").toFile());
    Map<String, String> candDiffs = differences(diff.get("caption1").get(variant), variant);
    List<String> cands = new ArrayList<>();
    List<String> expectedCands = new ArrayList<>();
    for (JsonNode r : results) {
      String image = r.get("image_id").asText();
      cands.add(r.get("caption").asText().replace('\n', ' '));
      expectedCands.add(candDiffs.getOrDefault(image + ":0", candsTok.get(image).asText()));
    }
    assertEquals(1014, cands.size());
    assertAllEqual(expectedCands, ptb.tokenizeLines(cands));
  }

  private static Map<String, String> differences(JsonNode node, String variant) {
    Map<String, String> map = new HashMap<>();
    for (JsonNode d : node.get("differences")) {
      int index = d.has("ref_index") ? d.get("ref_index").asInt() : 0;
      map.put(d.get("image_id").asInt() + ":" + index, d.get(variant).asText());
    }
    assertEquals(node.get("lines_differing").asInt(), map.size());
    return map;
  }

  private static void assertAllEqual(List<String> expected, List<List<String>> tokens) {
    assertEquals(expected.size(), tokens.size());
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      List<String> kept = new ArrayList<>();
      for (String t : tokens.get(i)) {
        if (!PUNCTUATIONS.contains(t)) {
          kept.add(t);
        }
      }
      String ours = String.join(" ", kept);
      if (!ours.equals(expected.get(i))) {
        mismatches.add((i + 1) + ": expected '" + expected.get(i) + "' but was '" + ours + "'");
      }
    }
    assertEquals(List.of(), mismatches.subList(0, Math.min(5, mismatches.size())),
        mismatches.size() + " of " + expected.size() + " lines differ");
  }
}
