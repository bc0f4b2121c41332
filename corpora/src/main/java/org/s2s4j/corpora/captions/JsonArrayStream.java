package org.s2s4j.corpora.captions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.s2s4j.corpora.io.InputFormatException;

/**
 * Streams the objects of one top-level array field of a JSON file ({@code {"images": [...]}}), one
 * small tree per element, never the whole document. Not thread-safe.
 */
final class JsonArrayStream implements AutoCloseable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final JsonParser parser;
  private long elementLine;

  private JsonArrayStream(Path file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** Opens {@code file} positioned inside the array of the top-level field {@code field}. */
  static JsonArrayStream open(Path file, String field) throws IOException {
    JsonParser parser = MAPPER.getFactory().createParser(Files.newInputStream(file));
    JsonArrayStream stream = new JsonArrayStream(file, parser);
    try {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw stream.error("expected a JSON object at the top level");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(field)) {
          if (value != JsonToken.START_ARRAY) {
            throw stream.error("\"" + field + "\" must be an array");
          }
          return stream;
        }
        parser.skipChildren();
      }
      throw new InputFormatException(file, 0, "no top-level \"" + field + "\" array");
    } catch (JsonProcessingException e) {
      parser.close();
      throw stream.malformed(e);
    } catch (IOException | RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  /** The next element, or {@code null} at the end of the array. */
  JsonNode next() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw error("expected an object in the array, found " + token);
      }
      elementLine = parser.currentLocation().getLineNr();
      return MAPPER.readTree(parser);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
  }

  /** A problem at the line where the last element started (or the parser's line before any). */
  InputFormatException error(String problem) {
    long line = elementLine > 0 ? elementLine : parser.currentLocation().getLineNr();
    return new InputFormatException(file, line, problem);
  }

  /** A string field of {@code node} (numbers are turned into text), or an error if it is absent. */
  String text(JsonNode node, String field, String what) throws InputFormatException {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      throw error(what + " without \"" + field + "\"");
    }
    return value.asText();
  }

  private InputFormatException malformed(JsonProcessingException e) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    return new InputFormatException(file, line, "malformed JSON: " + e.getOriginalMessage());
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
