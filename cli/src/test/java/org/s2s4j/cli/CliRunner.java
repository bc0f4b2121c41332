package org.s2s4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs {@code s2s} in-process, the one way the cli tests run it: with empty or given standard
 * input, capturing everything the command prints.
 */
final class CliRunner {

  /** Exit code, standard output (UTF-8 stream plus picocli's writer), and standard error. */
  record Result(int exitCode, String stdout, String out, String err) {}

  private CliRunner() {}

  /** Runs {@code args} with empty standard input. */
  static Result run(String... args) {
    return withInput(new byte[0], args);
  }

  /** Runs {@code args} with {@code stdin} (UTF-8) as standard input. */
  static Result withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs {@code args} with the bytes {@code stdin} as standard input. */
  static Result withInput(byte[] stdin, String... args) {
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

  /** Points every command's {@link StandardStreams} at {@code in} and {@code out}. */
  private static void wire(CommandLine cmd, ByteArrayInputStream in, ByteArrayOutputStream out) {
    for (CommandSpec mixin : cmd.getCommandSpec().mixins().values()) {
      if (mixin.userObject() instanceof StandardStreams streams) {
        streams.in = in;
        streams.out = out;
      }
    }
    cmd.getSubcommands().values().forEach(sub -> wire(sub, in, out));
  }
}
