package org.ganlab.core.train;

import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** A family's spine built into a new graph, before a trainer owns (and closes) the graph. */
record BuiltSpine<M>(Graph graph, Spine<M> spine) {
  /** Builds {@code family}'s spine into a new graph, which is closed again if building fails. */
  static <M> BuiltSpine<M> of(GanFamily<M> family, TrainerConfig config) {
    if (config.gradShards() > 1 && !family.shardable()) {
      throw new IllegalArgumentException(
          "grad_shards: "
              + family.getClass().getSimpleName()
              + " trains on whole batches; data parallelism splits the batches of the"
              + " single-image GAN family only");
    }
    Graph graph = new Graph();
    try {
      return new BuiltSpine<>(graph, family.build(Ops.create(graph), config));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }
}
