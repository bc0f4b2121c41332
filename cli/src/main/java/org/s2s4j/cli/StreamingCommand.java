package org.s2s4j.cli;

import java.io.InputStream;
import java.io.OutputStream;

/** A command that reads standard input and writes standard output; tests swap the streams. */
interface StreamingCommand {

  /** Replaces standard input and output (both carry UTF-8 text). */
  void streams(InputStream in, OutputStream out);
}
