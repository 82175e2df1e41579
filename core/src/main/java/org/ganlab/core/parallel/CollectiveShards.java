package org.ganlab.core.parallel;

import java.util.List;
import org.tensorflow.GraphOperation;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Ops;
import org.tensorflow.op.Scope;
import org.tensorflow.types.TFloat32;

/**
 * One shard per worker process, averaged across the processes by TensorFlow's {@code
 * CollectiveReduceV2} (merge {@code Add}, final {@code Div} by the group size): the all-reduce of
 * synchronous data parallelism, with no parameter server.
 *
 * <p>The typed {@code collectiveReduce} op of TensorFlow Java builds {@code CollectiveReduceV3},
 * which needs a communicator resource, so the V2 op is built by name. Each reduced value gets the
 * next instance key of this builder: every worker builds the same graph in the same order, so the
 * keys agree across workers without any exchange. Make one per graph.
 */
public final class CollectiveShards implements GradientReduction {
  /** The one group of a run: all its workers. */
  static final int GROUP_KEY = 1;

  private final WorkerCluster cluster;
  private int nextInstanceKey = 1;

  /**
   * Averages over the workers of {@code cluster}; this graph holds the shard of its task.
   *
   * @param cluster the workers and this process's task
   */
  public CollectiveShards(WorkerCluster cluster) {
    this.cluster = cluster;
  }

  @Override
  public int shardCount() {
    return cluster.size();
  }

  @Override
  public List<Integer> localShards() {
    return List.of(cluster.task());
  }

  @Override
  public Operand<TFloat32> mean(Ops tf, List<Operand<TFloat32>> local) {
    if (local.size() != 1) {
      throw new IllegalArgumentException("a worker holds one shard, got " + local.size());
    }
    Scope scope = tf.scope();
    GraphOperation op =
        (GraphOperation)
            scope
                .opBuilder("CollectiveReduceV2", "all_reduce")
                .addInput(local.get(0).asOutput())
                .addInput(tf.constant(cluster.size()).asOutput())
                .addInput(tf.constant(GROUP_KEY).asOutput())
                .addInput(tf.constant(nextInstanceKey++).asOutput())
                .addInputList(new Output<?>[0])
                .setAttr("merge_op", "Add")
                .setAttr("final_op", "Div")
                .setAttr("timeout_seconds", (float) cluster.timeoutSeconds())
                .build();
    return op.output(0);
  }
}
