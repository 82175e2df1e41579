package org.ganlab.docs.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
// [START imports]
import org.ganlab.core.data.GaussianMixture2D;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.core.seed.Seeds;
import org.ganlab.core.train.GanModel;
import org.ganlab.core.train.GanTrainer;
import org.ganlab.core.train.StepRecord;
import org.ganlab.core.train.TrainerConfig;
import org.ganlab.losses.NonSaturatingLoss;
import org.ganlab.models.MlpGan;

// [END imports]

/**
 * Data parallelism from plain Java: the MLP GAN on the ring of 8 Gaussians with each batch split
 * into shards whose gradients are averaged, in one graph ({@link #train}) or one shard per process
 * ({@link #trainAsWorker}, started once per task with the same addresses). Guide chapter
 * "Data-parallel training on several processes".
 */
public final class DataParallelTraining {
  private DataParallelTraining() {}

  /**
   * Trains as task {@code args[0]} of the workers {@code args[1]} (comma-separated {@code
   * host:port}, task 0 first) for {@code args[2]} steps, printing each step; start one process per
   * task.
   */
  public static void main(String[] args) {
    List<String> addresses = Arrays.asList(args[1].split(","));
    trainAsWorker(Integer.parseInt(args[0]), addresses, Long.parseLong(args[2]))
        .forEach(System.out::println);
  }

  /**
   * Trains {@code steps} steps from root seed 7 with each batch of 256 split into {@code shards}
   * shards in one graph, and returns every step's record.
   */
  public static List<StepRecord> train(long steps, int shards) {
    // [START shards]
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    TrainerConfig config = TrainerConfig.of(7).withBatchSize(256).withGradShards(shards);
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(MlpGan.standard(), new NonSaturatingLoss(), ring.source(new Seeds(7)))
            .config(config)
            .build()) {
      trainer.train(steps, (t, record, nanos) -> records.add(record));
    }
    // [END shards]
    return records;
  }

  /**
   * Trains as task {@code task} of the workers at {@code addresses}: the same run as {@link #train}
   * with one shard per worker, the same bits for two. TensorFlow's server has no authentication:
   * use private networks only.
   */
  public static List<StepRecord> trainAsWorker(int task, List<String> addresses, long steps) {
    // [START worker]
    GaussianMixture2D ring = GaussianMixture2D.ring8();
    TrainerConfig config =
        TrainerConfig.of(7)
            .withBatchSize(256)
            .withCluster(new WorkerCluster(addresses, task)); // grad_shards = workers
    List<StepRecord> records = new ArrayList<>();
    try (GanTrainer<GanModel> trainer =
        GanTrainer.builder(MlpGan.standard(), new NonSaturatingLoss(), ring.source(new Seeds(7)))
            .config(config)
            .build()) {
      trainer.train(steps, (t, record, nanos) -> records.add(record));
    }
    // [END worker]
    return records;
  }
}
