package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.ExperimentRegistry;
import org.ganlab.experiments.WorkerRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ganlab worker}: one task, other than 0, of a data-parallel run. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Train as one worker (task 1 or later) of a data-parallel run that task 0 writes.",
      "'ganlab run EXP --workers N' starts these itself; start them by hand for --cluster, with"
          + " the run directory on a path every machine shares."
    })
final class WorkerCommand implements Callable<Integer> {
  @Option(names = "--run-dir", required = true, description = "the run directory task 0 writes")
  Path runDir;

  @Option(
      names = "--cluster",
      required = true,
      paramLabel = "HOST:PORT,...",
      description = "every worker's address, task 0 first, as given to task 0")
  String cluster;

  @Option(names = "--task", required = true, description = "this worker's task, 1 or later")
  int task;

  @Option(
      names = "--from-step",
      description = "the step task 0 starts from: 0 for a new run, its checkpoint's step on resume")
  long fromStep = 0;

  @Override
  public Integer call() {
    if (task < 1) {
      throw new ConfigException(
          "--task " + task + ": task 0 is 'ganlab run' or 'ganlab resume' itself");
    }
    new WorkerRun(new ExperimentRegistry(), System.out)
        .train(runDir, WorkersOption.parse(cluster, task), fromStep);
    return 0;
  }
}
