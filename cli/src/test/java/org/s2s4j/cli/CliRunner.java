package org.s2s4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs {@code s2s} in-process with the given standard input; captures everything it prints. */
final class CliRunner {

  /** Exit code, standard output (UTF-8 stream plus picocli's writer), and standard error. */
  record Result(int exitCode, String stdout, String out, String err) {}

  private CliRunner() {}

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static Result run(byte[] stdin, String... args) {
    CommandLine cmd = S2s.commandLine();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    wire(cmd, new ByteArrayInputStream(stdin), stdout);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int code = cmd.execute(args);
    return new Result(code, stdout.toString(StandardCharsets.UTF_8), out.toString(), err.toString());
  }

  private static void wire(CommandLine cmd, ByteArrayInputStream in, ByteArrayOutputStream out) {
    if (cmd.getCommand() instanceof StreamingCommand streaming) {
      streaming.streams(in, out);
    }
    cmd.getSubcommands().values().forEach(sub -> wire(sub, in, out));
  }
}
