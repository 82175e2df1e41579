package org.ganlab.experiments;

import org.ganlab.core.parallel.WorkerCluster;

/**
 * Where a run's data-parallel workers are: none (one process), this machine (task 0 starts the
 * others, {@code --workers N}), or machines of a cluster whose other tasks are started by hand
 * ({@code --cluster}, {@code ganlab worker}).
 *
 * @param cluster the workers and this process's task, or null for a run in one process
 * @param local whether this process (task 0) starts the other tasks on this machine
 */
public record Workers(WorkerCluster cluster, boolean local) {
  /** A run in one process. */
  public static final Workers NONE = new Workers(null, false);

  /**
   * Checks that only task 0 starts local workers.
   *
   * @param cluster the workers and this process's task, or null for a run in one process
   * @param local whether this process (task 0) starts the other tasks on this machine
   */
  public Workers {
    if (local && (cluster == null || cluster.task() != 0)) {
      throw new IllegalArgumentException("only task 0 of a cluster starts local workers");
    }
  }

  /** {@return the setup trained as this process's task, or unchanged without a cluster} */
  RunSetup apply(RunSetup setup) {
    return cluster == null
        ? setup
        : setup.withTrainerConfig(setup.trainerConfig().withCluster(cluster));
  }
}
