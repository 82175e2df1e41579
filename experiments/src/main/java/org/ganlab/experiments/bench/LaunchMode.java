package org.ganlab.experiments.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.experiments.ExperimentRegistry;

/** Where a run trains: in the JVM that executes its task, or in a child JVM it starts. */
public enum LaunchMode {
  /** In this JVM ({@link InProcessLauncher}): one run at a time per JVM. */
  IN_PROCESS,
  /**
   * In a child JVM with this JVM's classpath ({@link ProcessLauncher}): several at once, each with
   * its own TensorFlow thread pools.
   */
  CHILD_JVM;

  /**
   * {@return a launcher of this kind}
   *
   * @param out where an in-process run's progress goes
   * @param dataDir data files instead of the embedded copies
   */
  public RunLauncher launcher(PrintStream out, Optional<Path> dataDir) {
    return this == IN_PROCESS
        ? new InProcessLauncher(new ExperimentRegistry(), out, dataDir)
        : new ProcessLauncher(dataDir);
  }
}
