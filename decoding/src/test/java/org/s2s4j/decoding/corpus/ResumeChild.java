package org.s2s4j.decoding.corpus;

import java.nio.file.Path;
import java.util.List;

/** Runs a slow resumable translation in a child JVM, so that a test can kill it with SIGKILL. */
public final class ResumeChild {

  private ResumeChild() {}

  /** Arguments: input, output, milliseconds per batch. */
  public static void main(String[] args) throws Exception {
    CorpusDecoder decoder = new CorpusDecoder(
        List.of(new ReversingTranslator(Long.parseLong(args[2]), -1)), CorpusDecoderTest.OPTIONS);
    FileTranslation.run(decoder, Path.of(args[0]), null, Path.of(args[1]), null, true, "test");
  }
}
