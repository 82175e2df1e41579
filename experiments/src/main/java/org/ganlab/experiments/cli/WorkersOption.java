package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.experiments.ConfigException;
import org.ganlab.experiments.Workers;
import org.ganlab.experiments.run.LocalWorkers;
import org.ganlab.experiments.spark.SparkSettings;
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

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "with --workers: start the workers as a Spark barrier stage on this master (e.g."
              + " spark://HOST:7077 or local[N]), the run directory on a path every executor"
              + " shares")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = "a Spark property for --master, repeatable")
  List<String> conf = new ArrayList<>();

  /** {@return the barrier stage's Spark settings, or empty without --master} */
  Optional<SparkSettings> spark(Optional<Path> dataDir) {
    if (master == null) {
      if (!conf.isEmpty()) {
        throw new ConfigException("--conf sets Spark properties for --master; give --master");
      }
      return Optional.empty();
    }
    if (workers == null) {
      throw new ConfigException("--master launches the workers of --workers N; give --workers");
    }
    return Optional.of(
        SparkSettings.of(
            Optional.of(master),
            workers,
            SparkProperties.parse(conf),
            dataDir.map(p -> p.toAbsolutePath().toString())));
  }

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
