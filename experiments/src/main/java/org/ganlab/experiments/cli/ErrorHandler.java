package org.ganlab.experiments.cli;

import java.io.UncheckedIOException;
import org.ganlab.core.data.DataFileException;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.TrainingFailedException;
import picocli.CommandLine;

/**
 * Turns the errors a user can fix (bad config, bad data files, a failed run) into one clear
 * message and a non-zero exit code; anything else is a bug and keeps its stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd,
      CommandLine.ParseResult parseResult) {
    if (e instanceof ConfigException || e instanceof DataFileException
        || e instanceof IllegalArgumentException
        || e instanceof IllegalStateException || e instanceof UncheckedIOException) {
      cmd.getErr().println("ganlab: " + e.getMessage());
      return 2;
    }
    if (e instanceof TrainingFailedException) {
      cmd.getErr().println("ganlab: " + e.getMessage());
      return 3;
    }
    e.printStackTrace(cmd.getErr());
    return 1;
  }
}
