package org.ganlab.experiments.cli;

import picocli.CommandLine;

/** Entry point of the {@code ganlab} command. */
public final class Main {
  private Main() {}

  /** Runs the CLI and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns its exit status (for tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new GanlabCommand());
    BenchCommand.addSuites(cli.getSubcommands().get("bench"));
    return cli.setExecutionExceptionHandler(new ErrorHandler()).execute(args);
  }
}
