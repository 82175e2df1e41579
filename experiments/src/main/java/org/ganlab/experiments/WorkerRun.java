package org.ganlab.experiments;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.core.train.hooks.NanGuard;
import org.ganlab.experiments.run.RunDirectory;

/**
 * One task other than 0 of a data-parallel run ({@code ganlab worker}): the run that task 0 writes
 * in its directory, re-resolved from config.json, trained on this task's shard. It writes nothing
 * but its output; task 0 writes the run directory.
 */
public final class WorkerRun {
  /** Seconds to wait for task 0's config.json. */
  private static final long CONFIG_WAIT_SECONDS = 60;

  private final ExperimentRegistry registry;
  private final PrintStream out;

  /**
   * @param registry resolves the run's experiment
   * @param out where progress lines go
   */
  public WorkerRun(ExperimentRegistry registry, PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  /**
   * Trains as task {@code cluster.task()} (not 0) of the run in {@code runDir}: the same setup,
   * restored at {@code fromStep}'s checkpoint when it is not 0, to the run's last step.
   *
   * @param runDir the run directory task 0 writes (config.json must exist or appear within a
   *     minute)
   * @param cluster the workers and this process's task
   * @param fromStep the step task 0 starts from
   */
  public void train(Path runDir, WorkerCluster cluster, long fromStep) {
    RunDirectory dir = new RunDirectory(runDir);
    ResumeChecks.awaitConfig(dir, CONFIG_WAIT_SECONDS);
    ResolvedRun run = ResolvedRun.load(dir.config(), registry);
    RunSetup setup = new Workers(cluster, false).apply(run.setup());
    long logEvery = setup.schedule().logEvery();
    try (OpenRun open = setup.open()) {
      if (fromStep > 0) {
        RestoredRun.restore(open, dir, Optional.of(fromStep), out);
      }
      out.println(
          "worker task " + cluster.task() + " of " + cluster.size() + " from step " + fromStep);
      open.trainer()
          .train(
              setup.schedule().steps() - fromStep,
              new NanGuard(),
              (t, r, nanos) -> {
                if (r.step() % logEvery == 0) {
                  out.println(
                      "step "
                          + r.step()
                          + " D "
                          + r.discriminatorLoss()
                          + " G "
                          + r.generatorLoss());
                }
              });
      out.println("worker task " + cluster.task() + " finished at step " + open.trainer().step());
    }
  }
}
