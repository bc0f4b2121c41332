package org.s2s4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code --format} option of every command: text for people, or JSON for scripts. */
@Command
final class FormatOption {

  /** The values of {@code --format}; lower case because picocli matches the constant names. */
  enum Kind { text, json }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES}; json is for scripts "
          + "(default: ${DEFAULT-VALUE}).")
  Kind kind = Kind.text;

  /** Whether JSON was asked for. */
  boolean json() {
    return kind == Kind.json;
  }

  /** Prints {@code fields} as JSON, or {@code line} as text. */
  void print(PrintWriter out, Map<String, Object> fields, String line) throws Exception {
    out.println(json() ? JSON.writeValueAsString(fields) : line);
    out.flush();
  }

  @Override
  public String toString() {
    return kind.name();
  }
}
