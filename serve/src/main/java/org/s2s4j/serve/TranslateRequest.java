package org.s2s4j.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.s2s4j.decoding.SearchOptions;

/**
 * The body of {@code POST /v1/translate}: {@code {"text": "..." | ["...", ...], "model": NAME,
 * "beam": K, "nbest": N, "attention": true}}; everything but the text is optional.
 *
 * @param texts the sentences, in order
 * @param model the model's name, or null for the default model
 * @param beam beam size, 1 for greedy search
 * @param nBest translations per sentence, at most {@code beam}
 * @param attention whether to return the attention of each best translation
 */
record TranslateRequest(List<String> texts, String model, int beam, int nBest,
    boolean attention) {

  private static final Set<String> FIELDS = Set.of("text", "model", "beam", "nbest", "attention");

  /**
   * Reads and checks a request.
   *
   * @throws ApiException (400) naming the first problem
   */
  static TranslateRequest of(JsonNode body, int maxBeam) {
    if (body == null || !body.isObject()) {
      throw bad("the body must be a JSON object with a \"text\" field");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw bad("unknown field \"" + name + "\"; expected text, model, beam, nbest, attention");
      }
    }
    List<String> texts = texts(body.get("text"));
    JsonNode model = body.get("model");
    if (model != null && !model.isNull() && !model.isTextual()) {
      throw bad("\"model\" must be a string");
    }
    int beam = integer(body, "beam", SearchOptions.DEFAULT_BEAM);
    if (beam < 1 || beam > maxBeam) {
      throw bad("\"beam\" must be in 1.." + maxBeam + ": " + beam);
    }
    int nBest = integer(body, "nbest", 1);
    if (nBest < 1 || nBest > beam) {
      throw bad("\"nbest\" must be in 1..beam (" + beam + "): " + nBest);
    }
    JsonNode attention = body.get("attention");
    if (attention != null && !attention.isBoolean()) {
      throw bad("\"attention\" must be true or false");
    }
    return new TranslateRequest(texts, model == null || model.isNull() ? null : model.asText(),
        beam, nBest, attention != null && attention.asBoolean());
  }

  private static List<String> texts(JsonNode text) {
    if (text == null) {
      throw bad("missing field \"text\" (a string or a list of strings)");
    }
    if (text.isTextual()) {
      return List.of(text.asText());
    }
    if (!text.isArray() || text.isEmpty()) {
      throw bad("\"text\" must be a string or a non-empty list of strings");
    }
    List<String> texts = new ArrayList<>(text.size());
    for (int i = 0; i < text.size(); i++) {
      if (!text.get(i).isTextual()) {
        throw bad("\"text\"[" + i + "] is not a string");
      }
      texts.add(text.get(i).asText());
    }
    return texts;
  }

  private static int integer(JsonNode body, String field, int otherwise) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return otherwise;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw bad("\"" + field + "\" must be an integer");
    }
    return value.asInt();
  }

  private static ApiException bad(String message) {
    return new ApiException(400, message);
  }
}
