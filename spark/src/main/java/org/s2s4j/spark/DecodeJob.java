package org.s2s4j.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What every task needs to decode its window, sent from the driver: the command line (each
 * executor parses it with the same options as the driver, so both see the same search and text
 * settings), the models' checksums, the input's name for error messages and the window size.
 *
 * @param args the {@code translate} command line
 * @param checksums one {@link ModelChecksum} per {@code --model}, in order
 * @param input the input path, named in errors
 * @param window input lines per partition
 */
record DecodeJob(List<String> args, List<String> checksums, String input, int window)
    implements Serializable {

  DecodeJob {
    args = List.copyOf(args);
    checksums = List.copyOf(checksums);
  }
}
