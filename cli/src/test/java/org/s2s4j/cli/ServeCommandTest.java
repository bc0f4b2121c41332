package org.s2s4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code s2s serve}'s command line; the server itself is tested in the serve module. */
class ServeCommandTest {

  @TempDir
  Path dir;

  @Test
  void aMissingModelDirectoryFailsAndFreesThePort() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    CliRunner.Result r = CliRunner.run("serve", "--model", "en-de=" + dir.resolve("nothing"),
        "--port", Integer.toString(port), "--device", "cpu");
    assertEquals(S2s.EXIT_FAILURE, r.exitCode(), r.err());
    assertTrue(r.err().contains("s2s serve: error: model directory not found"), r.err());
    // the server that started before loading the model has stopped
    try (ServerSocket again = new ServerSocket(port)) {
      assertEquals(port, again.getLocalPort());
    }
  }

  @Test
  void refusesBadOptions() {
    CliRunner.Result names = CliRunner.run("serve", "--model", "a/x", "--model", "b/x");
    assertEquals(S2s.EXIT_USAGE, names.exitCode());
    assertTrue(names.err().contains("two models have the same name"), names.err());
    CliRunner.Result name = CliRunner.run("serve", "--model", "bad name=x");
    assertEquals(S2s.EXIT_USAGE, name.exitCode());
    assertTrue(name.err().contains("model name must be"), name.err());
    CliRunner.Result batch = CliRunner.run("serve", "--model", "x", "--max-batch", "0");
    assertEquals(S2s.EXIT_USAGE, batch.exitCode());
    assertTrue(batch.err().contains("most sentences per batch must be >= 1: 0"), batch.err());
  }
}
