package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class S2sTest {

  @Test
  void helpListsEverySubcommand() {
    CliRunner.Result r = CliRunner.run("--help");
    assertEquals(0, r.exitCode());
    for (String name : S2s.commandLine().getSubcommands().keySet()) {
      assertTrue(r.out().contains(name), () -> "--help does not list " + name + ":\n" + r.out());
    }
  }

  @Test
  void everySubcommandHasHelpWithExamples() {
    for (var entry : S2s.commandLine().getSubcommands().entrySet()) {
      if (entry.getKey().equals("help")) {
        continue;
      }
      CliRunner.Result r = CliRunner.run(entry.getKey(), "--help");
      assertEquals(0, r.exitCode(), entry.getKey());
      assertTrue(r.out().contains("Example"), () -> entry.getKey() + " --help shows no example");
    }
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCode2() {
    CliRunner.Result r = CliRunner.run("--no-such-option");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("Unknown option: '--no-such-option'"), r.err());
  }
}
