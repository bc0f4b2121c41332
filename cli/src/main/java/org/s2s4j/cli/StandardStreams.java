package org.s2s4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import picocli.CommandLine.Command;

/**
 * The standard input and output of a command that reads or writes a text stream (both carry
 * UTF-8); the in-process test runner replaces them.
 */
@Command
final class StandardStreams {

  InputStream in = System.in;
  OutputStream out = System.out;
}
