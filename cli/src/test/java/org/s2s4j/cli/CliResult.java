package org.s2s4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The exit code and output of one in-process run of the {@code s2s} command line. */
record CliResult(int exitCode, String out, String err) {

  static CliResult run(String... args) {
    CommandLine cmd = S2s.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
