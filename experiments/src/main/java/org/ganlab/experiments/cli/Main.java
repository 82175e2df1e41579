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
    return new CommandLine(new GanlabCommand())
        .setExecutionExceptionHandler(new ErrorHandler())
        .execute(args);
  }
}
