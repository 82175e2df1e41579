package org.ganlab.experiments.bench;

import java.nio.file.Path;

/** Starts or resumes one run of a benchmark into a given directory. */
public interface RunLauncher {
  /**
   * Runs to completion.
   *
   * @param resume continue the run already in {@code runDir} instead of starting one
   * @throws RuntimeException with a message saying why, if the run did not finish
   */
  void launch(RunSpec spec, long seed, Path runDir, boolean resume);
}
