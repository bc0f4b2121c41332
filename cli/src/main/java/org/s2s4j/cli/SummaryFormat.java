package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;

/** How a command prints its one-record summary: a line of text, or a JSON object for scripts. */
enum SummaryFormat {
  // lower case: picocli matches the option value against the constant names
  text, json;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Prints {@code fields} as JSON, or {@code line} as text. */
  void print(PrintWriter out, Map<String, Object> fields, String line) throws Exception {
    out.println(this == json ? JSON.writeValueAsString(fields) : line);
    out.flush();
  }
}
