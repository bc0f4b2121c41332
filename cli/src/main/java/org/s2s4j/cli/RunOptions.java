package org.s2s4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of a training command: configuration, overrides, run directory, resume. */
@Command
final class RunOptions {

  @Option(names = "--config", required = true, paramLabel = "FILE", description = "YAML configuration.")
  Path config;

  @Option(names = "--output", required = true, paramLabel = "RUN_DIR", description = "Run (model) directory.")
  Path output;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Override a configuration key (dotted path, e.g. training.max_time=20m); repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--resume", description = "Continue the run in RUN_DIR from its latest checkpoint.")
  boolean resume;
}
