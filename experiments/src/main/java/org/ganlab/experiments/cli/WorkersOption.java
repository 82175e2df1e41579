package org.ganlab.experiments.cli;

import java.util.Arrays;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.Workers;
import org.ganlab.experiments.run.LocalWorkers;
import picocli.CommandLine.Option;

/**
 * {@code --workers N} and {@code --cluster ... --task 0}, shared by {@code run} and {@code resume}:
 * synchronous data parallelism over TensorFlow's gRPC runtime, each worker holding one shard of
 * every batch.
 */
final class WorkersOption {
  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "train as N worker processes on this machine (127.0.0.1), each on batch_size / N rows;"
              + " this process is task 0 and writes the run directory")
  Integer workers;

  @Option(
      names = "--cluster",
      paramLabel = "HOST:PORT,...",
      description =
          "the workers of a cluster across machines, task 0 first; this process is task 0 (start"
              + " the others with 'ganlab worker'). TensorFlow's server has no authentication:"
              + " private networks only")
  String cluster;

  @Option(names = "--task", description = "this process's task in --cluster (0 here)")
  Integer task;

  Workers value() {
    if (workers != null && cluster != null) {
      throw new ConfigException("--workers and --cluster both say where the workers are; give one");
    }
    if (task != null && cluster == null) {
      throw new ConfigException("--task needs --cluster");
    }
    if (workers != null) {
      if (workers < 2) {
        throw new ConfigException("--workers must be at least 2, got " + workers);
      }
      return new Workers(LocalWorkers.loopback(workers), true);
    }
    if (cluster != null) {
      int t = task == null ? 0 : task;
      if (t != 0) {
        throw new ConfigException(
            "--task " + t + ": tasks other than 0 are started with 'ganlab worker'");
      }
      return new Workers(parse(cluster, 0), false);
    }
    return Workers.NONE;
  }

  static WorkerCluster parse(String addresses, int task) {
    try {
      return new WorkerCluster(Arrays.asList(addresses.split(",")), task);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--cluster " + addresses + ": " + e.getMessage());
    }
  }
}
