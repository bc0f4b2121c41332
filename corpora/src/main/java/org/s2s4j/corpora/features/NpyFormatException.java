package org.s2s4j.corpora.features;

import org.s2s4j.corpora.io.InputFormatException;

/** A {@code .npy}/{@code .npz} file, or a feature file, that cannot be read as it is; names the file. */
public final class NpyFormatException extends InputFormatException {

  private static final long serialVersionUID = 1L;

  public NpyFormatException(String source, String problem) {
    super(source, 0, problem);
  }
}
