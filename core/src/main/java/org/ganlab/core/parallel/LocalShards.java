package org.ganlab.core.parallel;

import java.util.List;
import java.util.stream.IntStream;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Every shard in one graph (the {@code grad_shards} key): the mean is the shards' values summed in
 * shard order, then divided by the shard count. One shard is the unsharded batch: its value is
 * returned as it is, so such a graph equals one built before sharding existed.
 *
 * @param shardCount the number of shards, at least 1
 */
public record LocalShards(int shardCount) implements GradientReduction {
  /** The unsharded batch. */
  public static final LocalShards NONE = new LocalShards(1);

  /**
   * Checks the count.
   *
   * @param shardCount the number of shards, at least 1
   */
  public LocalShards {
    if (shardCount < 1) {
      throw new IllegalArgumentException("grad_shards must be at least 1, got " + shardCount);
    }
  }

  @Override
  public List<Integer> localShards() {
    return IntStream.range(0, shardCount).boxed().toList();
  }

  @Override
  public Operand<TFloat32> mean(Ops tf, List<Operand<TFloat32>> local) {
    if (local.size() != shardCount) {
      throw new IllegalArgumentException(
          "expected one value per shard (" + shardCount + "), got " + local.size());
    }
    if (shardCount == 1) {
      return local.get(0);
    }
    Operand<TFloat32> sum = local.get(0);
    for (int i = 1; i < local.size(); i++) {
      sum = tf.math.add(sum, local.get(i));
    }
    return tf.math.div(sum, tf.constant((float) shardCount));
  }
}
