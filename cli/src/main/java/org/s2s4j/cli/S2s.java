package org.s2s4j.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code s2s} command: the single entry point of s2s4j.
 *
 * <p>Exit codes: 0 success, 1 failure (one-line message on stderr, stack trace only with
 * {@code --verbose}), 2 usage error.
 */
@Command(
    name = "s2s",
    mixinStandardHelpOptions = true,
    versionProvider = S2s.Version.class,
    description = "s2s4j: sequence-to-sequence NLP on the JVM.",
    subcommands = {CommandLine.HelpCommand.class, TokenizeCommand.class, DetokenizeCommand.class,
        BpeCommand.class, VocabCommand.class, CorpusCommand.class, ShortlistCommand.class,
        TrainCommand.class, TranslateCommand.class, ScoreCommand.class, ReportCommand.class,
        QuickstartCommand.class, CaptionCommand.class, AverageCommand.class, ServeCommand.class},
    footer = {"", "Run 's2s COMMAND --help' for the options and examples of one command."})
public final class S2s {

  /** Exit code of a run that failed (bad input, I/O error, ...). */
  public static final int EXIT_FAILURE = 1;

  /** Exit code of a command line that could not be parsed. */
  public static final int EXIT_USAGE = 2;

  @Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Debug logging, and full stack traces on errors.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line {@code args} and returns the process exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line (exposed for tests). */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new S2s());
    // No @FILE argument files: "@@" is BPE's separator and must reach commands unchanged.
    cmd.setExpandAtFiles(false);
    cmd.setExecutionStrategy(S2s::executionStrategy);
    cmd.setExecutionExceptionHandler(new OneLineErrors());
    cmd.setParameterExceptionHandler(new UsageErrors());
    return cmd;
  }

  private static int executionStrategy(ParseResult parseResult) {
    boolean verbose = false;
    // Nested subcommands (s2s score coco --verbose) too, not only the first level.
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      verbose |= pr.hasMatchedOption("--verbose");
    }
    if (verbose) {
      ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
    }
    return new CommandLine.RunLast().execute(parseResult);
  }

  private static boolean verbose(CommandLine cmd) {
    for (CommandLine c = cmd; c != null; c = c.getParent()) {
      if (c.getParseResult() != null && c.getParseResult().hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** Failures: one line on stderr ("s2s tokenize: error: ..."), exit 1. */
  private static final class OneLineErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      PrintWriter err = cmd.getErr();
      if (verbose(cmd)) {
        ex.printStackTrace(err);
      }
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      err.println(cmd.getCommandSpec().qualifiedName() + ": error: " + message.strip());
      err.flush();
      return EXIT_FAILURE;
    }
  }

  /** Usage errors: the problem and where to look, exit 2. */
  private static final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      String name = cmd.getCommandSpec().qualifiedName();
      err.println(name + ": " + ex.getMessage());
      err.println("Try '" + name + " --help' for usage.");
      err.flush();
      return EXIT_USAGE;
    }
  }

  /** Reports the s2s4j version recorded in the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = S2s.class.getPackage().getImplementationVersion();
      return new String[] {"s2s4j " + (version == null ? "development build" : version)};
    }
  }
}
