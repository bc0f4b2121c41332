package org.s2s4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code --engine} and {@code --device} options of the commands that run a model. */
@Command
final class EngineOptions {

  @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "mxnet",
      description = "DJL engine: mxnet or pytorch (default: ${DEFAULT-VALUE}).")
  String engine = "mxnet";

  @Option(names = "--device", paramLabel = "DEVICE", defaultValue = "auto",
      description = "cpu, gpu or auto: a GPU if the engine sees one (default: ${DEFAULT-VALUE}).")
  String device = "auto";
}
