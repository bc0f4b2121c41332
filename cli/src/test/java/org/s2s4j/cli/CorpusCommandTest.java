package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorpusCommandTest {

  @Test
  void everyCorpusSubcommandHasHelpWithExamples() {
    var corpus = S2s.commandLine().getSubcommands().get("corpus");
    assertEquals(java.util.Set.of("check", "clean", "stats", "download", "synthetic"),
        corpus.getSubcommands().keySet());
    for (String name : corpus.getSubcommands().keySet()) {
      CliRunner.Result r = CliRunner.run("corpus", name, "--help");
      assertEquals(0, r.exitCode(), name);
      assertTrue(r.out().contains("Examples:"), () -> name + " --help shows no example");
    }
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliRunner.Result r = CliRunner.run("corpus");
    assertEquals(S2s.EXIT_USAGE, r.exitCode());
    assertTrue(r.err().contains("Missing subcommand: one of [check, clean, stats, download, synthetic]"),
        r.err());
  }
}
