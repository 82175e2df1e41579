package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.ExperimentRunner;
import org.ganlab.experiments.RunRequest;

/** Runs in this JVM, one at a time: the default, and what tests use. */
public final class InProcessLauncher implements RunLauncher {
  private final ExperimentRunner runner;
  private final Optional<Path> dataDir;

  /**
   * @param out where the runs' progress goes
   * @param dataDir data files instead of the embedded copies
   */
  public InProcessLauncher(ExperimentRegistry registry, PrintStream out, Optional<Path> dataDir) {
    this.runner = new ExperimentRunner(registry, out, false);
    this.dataDir = dataDir;
  }

  @Override
  public void launch(RunSpec spec, long seed, Path runDir, boolean resume) {
    if (resume) {
      runner.resume(runDir);
    } else {
      runner.run(
          new RunRequest(
              spec.experiment(),
              seed,
              Optional.of(spec.steps()),
              spec.assignments(),
              runDir.getParent(),
              Optional.of(runDir),
              dataDir));
    }
  }
}
