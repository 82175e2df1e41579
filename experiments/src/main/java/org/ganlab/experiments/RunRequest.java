package org.ganlab.experiments;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A request to start a run, as the command line states it.
 *
 * @param experiment a shipped experiment name or an Experiment class name
 * @param seed root seed
 * @param steps overrides the "steps" hyperparameter if present
 * @param assignments "key=value" overrides, applied in order after {@code steps}
 * @param outBase the directory holding run directories (default "runs")
 * @param runDir an exact run directory to use instead of a fresh timestamped one
 * @param dataDir replaces the embedded data
 */
public record RunRequest(
    String experiment,
    long seed,
    Optional<Long> steps,
    List<String> assignments,
    Path outBase,
    Optional<Path> runDir,
    Optional<Path> dataDir) {

  /** Defensive copy. */
  public RunRequest {
    assignments = List.copyOf(assignments);
  }
}
