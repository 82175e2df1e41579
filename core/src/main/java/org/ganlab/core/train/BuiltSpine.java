package org.ganlab.core.train;

import org.tensorflow.Graph;
import org.tensorflow.op.Ops;

/** A family's spine built into a new graph, before a trainer owns (and closes) the graph. */
record BuiltSpine<M>(Graph graph, Spine<M> spine) {
  /** Builds {@code family}'s spine into a new graph, which is closed again if building fails. */
  static <M> BuiltSpine<M> of(GanFamily<M> family, TrainerConfig config) {
    Graph graph = new Graph();
    try {
      return new BuiltSpine<>(graph, family.build(Ops.create(graph), config));
    } catch (RuntimeException e) {
      graph.close();
      throw e;
    }
  }
}
