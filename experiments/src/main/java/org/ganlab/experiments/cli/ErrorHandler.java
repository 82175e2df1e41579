package org.ganlab.experiments.cli;

import java.io.UncheckedIOException;
import org.ganlab.core.data.DataFileException;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.TrainingFailedException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and a non-zero exit code: 2 for what the user can fix
 * (bad config, bad data files, a file the OS refuses), 3 for a run that failed or was interrupted,
 * 1 for anything else. Only {@code --debug} adds the stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final boolean debug;

  /**
   * @param debug whether to print stack traces
   */
  ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(
      Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
    if (debug) {
      e.printStackTrace(cmd.getErr());
    }
    if (e instanceof ConfigException
        || e instanceof DataFileException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException
        || e instanceof UncheckedIOException) {
      cmd.getErr().println("ganlab: " + firstLine(e));
      return 2;
    }
    if (e instanceof TrainingFailedException) {
      cmd.getErr().println("ganlab: " + firstLine(e));
      return 3;
    }
    cmd.getErr()
        .println(
            "ganlab: "
                + e.getClass().getSimpleName()
                + ": "
                + firstLine(e)
                + (debug ? "" : " (rerun with --debug for the stack trace)"));
    return 1;
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
  }
}
