package org.ganlab.experiments.spark;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.api.java.function.Function;
import org.ganlab.experiments.bench.LaunchMode;
import org.ganlab.experiments.bench.RunOutcome;
import org.ganlab.experiments.bench.RunTask;

/**
 * The body of a Spark task: completes one run where the task executes (the driver in local mode, an
 * executor on a cluster). It decides there whether to start or resume, so a retry after a lost
 * executor resumes what the lost attempt wrote.
 */
final class LaunchOnExecutor implements Function<RunTask, RunOutcome> {
  private static final long serialVersionUID = 1L;

  private final LaunchMode mode;
  private final String dataDir;

  /**
   * @param mode in the executor's JVM or a child JVM
   * @param dataDir data files instead of the embedded copies, or null
   */
  LaunchOnExecutor(LaunchMode mode, String dataDir) {
    this.mode = mode;
    this.dataDir = dataDir;
  }

  @Override
  public RunOutcome call(RunTask task) {
    Optional<Path> data = Optional.ofNullable(dataDir).map(Path::of);
    return task.complete(mode.launcher(System.out, data), System.out);
  }
}
