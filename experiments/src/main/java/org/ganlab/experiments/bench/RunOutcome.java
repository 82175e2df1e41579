package org.ganlab.experiments.bench;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * What became of a {@link RunTask}: the small value an engine hands back (the numbers stay in the
 * run directory, where the table reads them).
 *
 * @param runDir the run directory
 * @param action what the attempt did
 * @param status status.txt after the attempt
 * @param failure why the launch failed, or empty
 */
public record RunOutcome(String runDir, Action action, String status, String failure)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an attempt did with a run directory. */
  public enum Action {
    /** Finished or failed before: nothing trained. */
    REUSED,
    /** Continued from its newest intact checkpoint. */
    RESUMED,
    /** Trained from step 0. */
    STARTED
  }

  /** The run directory. */
  public Path dir() {
    return Path.of(runDir);
  }

  /** Whether the launch failed. */
  public boolean failed() {
    return !failure.isEmpty();
  }
}
