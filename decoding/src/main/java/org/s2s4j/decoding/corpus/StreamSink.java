package org.s2s4j.decoding.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Output to a stream such as standard output, as UTF-8; flushed at every checkpoint; no resume. */
public final class StreamSink implements LineSink {

  private final Writer writer;

  public StreamSink(OutputStream out) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
  }

  @Override
  public void writeLine(String text) throws IOException {
    writer.write(text);
    writer.write('\n');
  }

  @Override
  public void checkpoint(long lines) throws IOException {
    writer.flush();
  }
}
