package org.s2s4j.serve;

import java.nio.file.Path;

/** A model to serve: the name requests use for it and its trained model directory. */
public record ModelSource(String name, Path dir) {

  public ModelSource {
    if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("model name must be letters, digits, '.', '_' or '-': '"
          + name + "'");
    }
  }

  /** {@code NAME=DIR}, or {@code DIR} named after its last path element. */
  public static ModelSource parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq > 0) {
      return new ModelSource(spec.substring(0, eq), Path.of(spec.substring(eq + 1)));
    }
    Path dir = Path.of(spec);
    Path last = dir.toAbsolutePath().normalize().getFileName();
    return new ModelSource(last == null ? "model" : last.toString(), dir);
  }
}
