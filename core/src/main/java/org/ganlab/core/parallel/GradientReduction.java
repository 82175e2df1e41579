package org.ganlab.core.parallel;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * How the shards of a batch are spread over graphs and averaged: the global batch is split into
 * {@link #shardCount()} equal shards of consecutive rows, this graph builds the shards {@link
 * #localShards()}, and {@link #mean} turns the values of the local shards (one per local shard, in
 * that order) into the mean over all shards.
 *
 * <p>Both implementations compute the same floating-point operations for two shards: {@code (s0 +
 * s1) / 2}, and a sum of two floats does not depend on their order. So a run on two workers and a
 * run with both shards in one graph give the same bits; with more shards the order of the sum may
 * differ.
 */
public interface GradientReduction {
  /** {@return the number of shards the global batch is split into} */
  int shardCount();

  /** {@return the shards built in this graph, ascending} */
  List<Integer> localShards();

  /**
   * {@return the mean over all shards of a value of which {@code local} holds the local shards'}
   *
   * @param tf the ops the mean is built with
   * @param local one value per local shard, in the order of {@link #localShards()}, all of the same
   *     shape
   */
  Operand<TFloat32> mean(Ops tf, List<Operand<TFloat32>> local);

  /**
   * {@return the rows of the global batch that shard {@code shard} holds: {@code batchSize /
   * shardCount()}}
   *
   * @param batchSize the global batch size, a multiple of {@link #shardCount()}
   * @throws IllegalArgumentException naming {@code batch_size} when it does not split evenly
   */
  default int shardSize(int batchSize) {
    if (batchSize % shardCount() != 0) {
      throw new IllegalArgumentException(
          "batch_size "
              + batchSize
              + " does not split into "
              + shardCount()
              + " equal shards: choose a multiple of "
              + shardCount());
    }
    return batchSize / shardCount();
  }
}
