package org.ganlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.Checks;
import org.ganlab.core.config.Hyperparameter;
import org.ganlab.core.parallel.CollectiveShards;
import org.ganlab.core.parallel.GradientReduction;
import org.ganlab.core.parallel.LocalShards;
import org.ganlab.core.parallel.WorkerCluster;
import org.ganlab.core.tf.SessionSettings;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;

/**
 * How the trainer runs the update ops.
 *
 * @param seed the run's root seed
 * @param batchSize examples per discriminator batch and generated batch
 * @param nCritic discriminator updates per generator update (WGAN-GP: 5)
 * @param emaDecay decay of the generator weight average; 0 disables it
 * @param session TensorFlow session settings
 * @param gradShards shards the batch is split into, whose gradients are averaged (1: unsplit)
 * @param cluster the worker processes of a data-parallel run, each holding one shard, or null for a
 *     run in one process
 */
public record TrainerConfig(
    long seed,
    int batchSize,
    int nCritic,
    double emaDecay,
    SessionSettings session,
    int gradShards,
    WorkerCluster cluster) {

  /**
   * Validates every field, naming the bad one.
   *
   * @param seed the run's root seed
   * @param batchSize examples per discriminator batch and generated batch
   * @param nCritic discriminator updates per generator update (WGAN-GP: 5)
   * @param emaDecay decay of the generator weight average; 0 disables it
   * @param session TensorFlow session settings
   * @param gradShards shards the batch is split into, whose gradients are averaged (1: unsplit)
   * @param cluster the worker processes of a data-parallel run, or null for one process
   */
  public TrainerConfig {
    Checks.positive("batchSize", batchSize);
    Checks.positive("nCritic", nCritic);
    if (!(emaDecay == 0 || (emaDecay > 0 && emaDecay < 1))) {
      throw new IllegalArgumentException("emaDecay must be 0 (off) or in (0, 1), got " + emaDecay);
    }
    if (session == null) {
      session = SessionSettings.defaults();
    }
    if (gradShards < 1) {
      throw new IllegalArgumentException("gradShards must be at least 1, got " + gradShards);
    }
    if (cluster != null && gradShards != cluster.size()) {
      throw new IllegalArgumentException(
          "grad_shards "
              + gradShards
              + " must equal the number of workers, "
              + cluster.size()
              + ": each worker holds one shard");
    }
    if (batchSize % gradShards != 0) {
      throw new IllegalArgumentException(
          "batch_size " + batchSize + " does not split into " + gradShards + " equal shards");
    }
  }

  /**
   * A configuration of a run in one process with the batch unsplit.
   *
   * @param seed the run's root seed
   * @param batchSize examples per discriminator batch and generated batch
   * @param nCritic discriminator updates per generator update (WGAN-GP: 5)
   * @param emaDecay decay of the generator weight average; 0 disables it
   * @param session TensorFlow session settings
   */
  public TrainerConfig(
      long seed, int batchSize, int nCritic, double emaDecay, SessionSettings session) {
    this(seed, batchSize, nCritic, emaDecay, session, 1, null);
  }

  /**
   * Refuses a generator EMA for a family that keeps none.
   *
   * @param family the family, as the message names it (for example "the ALI family")
   * @throws IllegalArgumentException naming the family and the value when {@code emaDecay} is not 0
   */
  public void requireNoEma(String family) {
    if (emaDecay != 0) {
      throw new IllegalArgumentException(
          family + " has no generator EMA; emaDecay must be 0, got " + emaDecay);
    }
  }

  /**
   * {@return the session settings as TensorFlow reads them} With shards, Grappler's arithmetic
   * optimizer is off: it rewrites the sum of the shards' gradients algebraically (hoisting common
   * factors out of it, for one), which changes the last bits, and across workers the all-reduce
   * hides that sum from it; turned off on both sides, a worker run and the same shards in one graph
   * compute the same bits.
   */
  public ConfigProto sessionConfig() {
    ConfigProto proto = session.toConfigProto();
    if (gradShards == 1) {
      return proto;
    }
    GraphOptions graph = proto.getGraphOptions();
    return proto.toBuilder()
        .setGraphOptions(
            graph.toBuilder()
                .setRewriteOptions(
                    graph.getRewriteOptions().toBuilder()
                        .setArithmeticOptimization(RewriterConfig.Toggle.OFF)))
        .build();
  }

  /**
   * {@return how this run's shards are spread and averaged: every shard in this graph, or this
   * worker's shard averaged with the others' by all-reduce} A new value per graph build.
   */
  public GradientReduction gradientReduction() {
    return cluster == null ? new LocalShards(gradShards) : new CollectiveShards(cluster);
  }

  /**
   * The keys of a run's trainer: {@code batch_size}, {@code n_critic}, {@code ema_decay} and the
   * session's thread pools.
   */
  public static final List<Hyperparameter<TrainerConfig>> HYPERPARAMETERS = hyperparameters();

  private static List<Hyperparameter<TrainerConfig>> hyperparameters() {
    List<Hyperparameter<TrainerConfig>> keys = new ArrayList<>();
    keys.add(
        Hyperparameter.ofInt(
            "batch_size",
            1,
            4096,
            "examples per batch",
            TrainerConfig::batchSize,
            TrainerConfig::withBatchSize));
    keys.add(
        Hyperparameter.ofInt(
            "n_critic",
            1,
            100,
            "discriminator updates per generator update",
            TrainerConfig::nCritic,
            TrainerConfig::withNCritic));
    keys.add(
        Hyperparameter.ofDouble(
            "ema_decay",
            0,
            0.999999,
            "generator weight EMA decay (0 = off)",
            TrainerConfig::emaDecay,
            TrainerConfig::withEmaDecay));
    keys.add(
        Hyperparameter.ofInt(
            "grad_shards",
            1,
            64,
            "shards of each batch whose gradients are averaged (data parallelism in one process)",
            TrainerConfig::gradShards,
            TrainerConfig::withGradShards));
    for (Hyperparameter<SessionSettings> k : SessionSettings.HYPERPARAMETERS) {
      keys.add(k.on(TrainerConfig::session, TrainerConfig::withSession));
    }
    return List.copyOf(keys);
  }

  /**
   * {@return seed, batch size 64, one D update per G update, no EMA, default session}
   *
   * @param seed the run's root seed
   */
  public static TrainerConfig of(long seed) {
    return new TrainerConfig(seed, 64, 1, 0, SessionSettings.defaults());
  }

  /**
   * {@return a copy with another batch size}
   *
   * @param b the batch size of the copy
   */
  public TrainerConfig withBatchSize(int b) {
    return new TrainerConfig(seed, b, nCritic, emaDecay, session, gradShards, cluster);
  }

  /**
   * {@return a copy with another number of D updates per G update}
   *
   * @param n the number of D updates per G update of the copy
   */
  public TrainerConfig withNCritic(int n) {
    return new TrainerConfig(seed, batchSize, n, emaDecay, session, gradShards, cluster);
  }

  /**
   * {@return a copy with another EMA decay (0 = off)}
   *
   * @param decay the EMA decay of the copy (0 = off)
   */
  public TrainerConfig withEmaDecay(double decay) {
    return new TrainerConfig(seed, batchSize, nCritic, decay, session, gradShards, cluster);
  }

  /**
   * {@return a copy with other session settings}
   *
   * @param s the session settings of the copy
   */
  public TrainerConfig withSession(SessionSettings s) {
    return new TrainerConfig(seed, batchSize, nCritic, emaDecay, s, gradShards, cluster);
  }

  /**
   * {@return a copy whose batches are split into {@code n} shards}
   *
   * @param n the shard count of the copy
   */
  public TrainerConfig withGradShards(int n) {
    return new TrainerConfig(seed, batchSize, nCritic, emaDecay, session, n, cluster);
  }

  /**
   * {@return a copy that trains as one worker of {@code c} (its shard count set to the workers'),
   * or in one process with {@code c} null}
   *
   * @param c the workers and this process's task, or null
   */
  public TrainerConfig withCluster(WorkerCluster c) {
    return new TrainerConfig(
        seed, batchSize, nCritic, emaDecay, session, c == null ? gradShards : c.size(), c);
  }
}
